from functools import partial

import orjson
from fastapi import APIRouter, Query, Request, Response

from services.gateway.access.policy import PERSON_DATA, scope
from services.gateway.dependencies import Services, Session
from services.gateway.routing.admission import ROUTED, Admitted, audited
from services.gateway.routing.forwarding import Forwarded, forward, people_in, people_in_lines, shaped, upstream_headers
from services.gateway.routing.operations import needs
from services.gateway.routing.person import person_record
from services.gateway.routing.routes import CHANGE_KINDS
from services.gateway.routing.schemas import PERSON_RECORD, ChangePage
from shared.conditional import entity_tag, not_modified
from shared.national_id import NationalIdPath
from shared.ndjson import MEDIA_TYPE as NDJSON

_KINDS = f"record kinds: {', '.join(sorted(CHANGE_KINDS))}; default: all you may read"

router = APIRouter(prefix="/v1", tags=["partner API"])


@router.get(
    "/persons/{national_id}",
    openapi_extra=needs(*sorted(scope(c, "read") for c in PERSON_DATA), personal=True),
    responses={200: PERSON_RECORD},
)
async def read_person(
    request: Request,
    session: Session,
    admission: Admitted,
    services: Services,
    national_id: NationalIdPath,
) -> Response:
    """One person's record across labour, social insurance and job matching, cut to the caller's
    scopes and agency kind (a section per category it may read). Needs X-Purpose; the access is audited."""
    caller = admission.caller
    readable = [c for c in sorted(PERSON_DATA) if caller.may(c, "read")]

    async def call() -> Forwarded:
        record = await person_record(upstreams=services, request=request, caller=caller, national_id=national_id)
        return Forwarded(Response(orjson.dumps(record), media_type="application/json"), people_in(record))

    return await audited(request, session, admission, readable, call)


@router.get(
    "/sync/changes",
    openapi_extra=needs(*sorted({scope(c, "read") for c in CHANGE_KINDS.values()}), personal=True),
    response_model=ChangePage,
)
async def changes(
    request: Request,
    session: Session,
    admission: Admitted,
    services: Services,
    kinds: list[str] | None = Query(None, description=_KINDS),
    after: int | None = Query(None, ge=0, le=2**63 - 1, description="`next_after` of the previous pull"),
    limit: int = Query(50, ge=1, le=500),
    centre_code: str | None = Query(None, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$"),
) -> Response:
    """The labour change feed for centres: records changed after the cursor `after`, limited to
    the kinds the caller may read. Send the ETag back as If-None-Match to get 304 when nothing changed."""
    caller = admission.caller
    allowed = caller.readable(kinds, CHANGE_KINDS, field="kinds")
    categories = sorted({CHANGE_KINDS[k] for k in allowed})

    async def call() -> Forwarded:
        given = {"after": after, "limit": limit, "centre_code": centre_code}
        params = [(k, str(v)) for k, v in given.items() if v is not None] + [("kinds", k) for k in allowed]
        upstream = await services.call(
            "labour", "GET", "/sync/changes", params=params, headers=upstream_headers(request)
        )
        forwarded = shaped(
            upstream,
            caller,
            public_path=request.url.path,
            link=partial(request.app.state.operations.public_path, "labour"),
        )
        tag = entity_tag("changes", caller.agency_kind, forwarded.response.body)
        if (unchanged := not_modified(request, tag)) is not None:
            return Forwarded(unchanged)
        forwarded.response.headers["ETag"] = tag
        return forwarded

    return await audited(request, session, admission, categories, call)


@router.api_route(
    ROUTED.removeprefix("/v1"), methods=["GET", "POST", "PATCH", "PUT", "DELETE"], include_in_schema=False
)
async def route(request: Request, session: Session, admission: Admitted, services: Services) -> Response:
    """Every other partner call: the table's row for it was found, checked and admitted; the call
    goes to the service that owns the data, on the row's upstream path."""
    target = admission.operation
    assert target.upstream is not None and target.category is not None
    body = await request.body() if request.method != "GET" else None

    async def call() -> Forwarded:
        forwarded = await forward(
            services,
            request,
            admission.caller,
            service=target.service,
            path=target.upstream_path(admission.path_values),
            content=body,
        )
        if body and request.headers.get("content-type", "").startswith(NDJSON):
            # A bulk upload names its people in its lines, not in the per-line results.
            forwarded.people |= people_in_lines(body)
        return forwarded

    return await audited(request, session, admission, [target.category], call)
