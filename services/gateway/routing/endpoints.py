import orjson
from fastapi import APIRouter, Query, Request, Response

from services.gateway.access.caller import Authenticated
from services.gateway.access.policy import PERSON_DATA, scope
from services.gateway.dependencies import Services, Session
from services.gateway.routing.audited import audited
from services.gateway.routing.forwarding import Forwarded, forward, people_in, shaped, upstream_headers
from services.gateway.routing.person import person_record
from services.gateway.routing.routes import CHANGE_KINDS, SYNC_UPLOADS, route_for
from shared.conditional import entity_tag, not_modified
from shared.problems import Forbidden, NotFound

router = APIRouter(prefix="/v1", tags=["partner API"])


@router.get("/persons/{national_id}")
async def read_person(national_id: str, request: Request, session: Session, caller: Authenticated, services: Services) -> Response:
    """One person's record across labour, social insurance and job matching, cut to the caller's
    scopes and agency kind. Needs X-Purpose; the access is audited."""
    readable = [c for c in sorted(PERSON_DATA) if caller.may(c, "read")]
    if not readable:
        raise Forbidden("the person record needs a read scope of at least one person-data category",
                        missing_scope=[scope(c, "read") for c in sorted(PERSON_DATA)])

    async def call() -> Forwarded:
        record, _ = await person_record(upstreams=services, request=request, caller=caller, national_id=national_id.upper())
        return Forwarded(Response(orjson.dumps(record), media_type="application/json"), people_in(record))

    return await audited(request, session, caller, readable, call)


@router.post("/sync/{kind}")
async def upload(kind: str, request: Request, session: Session, caller: Authenticated, services: Services) -> Response:
    """Bulk NDJSON upload from an employment service centre, passed to the owning service
    (per-record results; safe to send again)."""
    category = SYNC_UPLOADS.get(kind)
    if category is None:
        raise NotFound(f"no upload of {kind}; uploads: {sorted(SYNC_UPLOADS)}")
    caller.require(category, "write")
    body = await request.body()

    async def call() -> Forwarded:
        forwarded = await forward(services, request, caller, service="labour", path=f"/sync/{kind}", content=body)
        return Forwarded(forwarded.response, forwarded.people | _people_in_ndjson(body))

    return await audited(request, session, caller, [category], call)


def _people_in_ndjson(body: bytes) -> set[str]:
    people: set[str] = set()
    for line in body.splitlines():
        try:
            people |= people_in(orjson.loads(line))
        except orjson.JSONDecodeError:
            continue  # the service rejects the line and says why
    return people


@router.get("/sync/changes")
async def changes(
    request: Request, session: Session, caller: Authenticated, services: Services,
    kinds: list[str] | None = Query(None, description=f"record kinds: {', '.join(sorted(CHANGE_KINDS))}; default: all you may read"),
) -> Response:
    """The labour change feed for centres: records changed after the cursor `after`, limited to
    the kinds the caller may read. Send the ETag back as If-None-Match to get 304 when nothing changed."""
    allowed = caller.readable(kinds, CHANGE_KINDS, field="kinds")
    categories = sorted({CHANGE_KINDS[k] for k in allowed})

    async def call() -> Forwarded:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "kinds"] + [("kinds", k) for k in allowed]
        upstream = await services.call("labour", "GET", "/sync/changes", params=params, headers=upstream_headers(request))
        forwarded = shaped(upstream, caller)
        tag = entity_tag("changes", caller.agency_kind, forwarded.response.body)
        if (unchanged := not_modified(request, tag)) is not None:
            return Forwarded(unchanged)
        forwarded.response.headers["ETag"] = tag
        return forwarded

    return await audited(request, session, caller, categories, call)


@router.api_route("/{path:path}", methods=["GET", "POST", "PATCH"], include_in_schema=False)
async def route(path: str, request: Request, session: Session, caller: Authenticated, services: Services) -> Response:
    """Every other partner call goes to the service that owns the data, behind the caller's scopes."""
    found = route_for("/" + path)
    if found is None:
        raise NotFound(f"no partner route /v1/{path}")
    target, upstream_path = found
    body = await request.body() if request.method != "GET" else None

    async def call() -> Forwarded:
        caller.require(target.category, "read" if request.method == "GET" else "write")  # a refusal is audited too
        return await forward(services, request, caller, service=target.service, path=upstream_path, content=body)

    return await audited(request, session, caller, [target.category], call)
