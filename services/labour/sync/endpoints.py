from typing import Literal

from fastapi import APIRouter, Depends, Query, Request

from services.labour.dependencies import Session, Settings
from services.labour.sync import service
from services.labour.sync.schemas import ChangePage, UploadReport
from shared.pagination import PageRequest, page_request

router = APIRouter(prefix="/sync", tags=["sync for employment service centres"])

_NDJSON_EXAMPLE = (
    '{"idempotency_key": "HCM-Q10/2026-03-02/0001", "record": {"national_id": "079190001234", '
    '"employer_tax_code": "0301234567", "last_working_day": "2026-02-27", "reason": "enterprise_closure", '
    '"reported_on": "2026-03-02"}}\n'
)


@router.post(
    "/{kind}",
    response_model=UploadReport,
    openapi_extra={"requestBody": {"required": True, "content": {"application/x-ndjson": {
        "schema": {"type": "string"}, "example": _NDJSON_EXAMPLE}}}},
)
async def upload(
    kind: Literal["terminations", "registrations", "job-search-notices"], request: Request, session: Session,
    settings: Settings,
) -> object:
    """Upload records as NDJSON, one {"idempotency_key", "record"} per line; safe to send again.

    Each line's result is created, unchanged (sent before; same id) or rejected (with the reason)."""
    return await service.upload(session=session, settings=settings, kind=kind, body=await request.body())


@router.get("/changes", response_model=ChangePage)
async def changes(
    session: Session,
    page: PageRequest = Depends(page_request),
    kinds: list[str] | None = Query(None, description="e.g. termination, registration, job_search_notice"),
    centre_code: str | None = None,
) -> object:
    """Records that changed after the cursor `after`, oldest first; keep `next_after` for the next pull."""
    return await service.changes_since(session=session, page=page, kinds=kinds, centre_code=centre_code)
