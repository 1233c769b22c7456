import orjson
from fastapi import APIRouter, Query, Request, Response

from services.gateway.access.policy import Category, scope
from services.gateway.dependencies import Session
from services.gateway.events import service
from services.gateway.events.catalogue import EVENT_CATEGORIES
from services.gateway.events.schemas import PartnerEventPage
from services.gateway.routing.admission import Admitted, audited
from services.gateway.routing.forwarding import Forwarded, people_in
from services.gateway.routing.operations import needs
from shared.conditional import entity_tag, not_modified

router = APIRouter(prefix="/v1", tags=["event subscriptions"])


@router.get(
    "/events",
    openapi_extra=needs(scope(Category.events, "read"), personal=True),
    responses={200: {"model": PartnerEventPage}},
)
async def pull_events(
    request: Request,
    session: Session,
    admission: Admitted,
    after: int = Query(0, ge=0, le=2**63 - 1, description="`next_after` of the previous pull; 0 from the start"),
    types: list[str] | None = Query(None, description="event types; default: every type the agency is entitled to"),
    limit: int = Query(200, ge=1, le=1000),
) -> Response:
    """Events of the services after the cursor, only of the types the agency may read, minimised
    like every other answer. Poll with If-None-Match for a 304 when nothing is new."""
    caller = admission.caller
    entitled = caller.readable(types, EVENT_CATEGORIES, field="types")

    async def call() -> Forwarded:
        page = await service.events_after(
            session=session, after=after, types=entitled, limit=limit, hidden=caller.hidden
        )
        tag = entity_tag("events", caller.client_id, after, limit, *entitled, page["next_after"])
        if (unchanged := not_modified(request, tag)) is not None:
            return Forwarded(unchanged)
        return Forwarded(
            Response(orjson.dumps(page), media_type="application/json", headers={"ETag": tag}),
            people_in([i["data"] for i in page["items"]]),
        )

    return await audited(request, session, admission, sorted({EVENT_CATEGORIES[t] for t in entitled}), call)
