import json

from fastapi import APIRouter, Depends, Query

from services.labour.dependencies import Session, Settings
from services.labour.sync import service
from services.labour.sync.schemas import ChangePage, UploadReport
from shared.ndjson import NdjsonBody, request_body_documentation
from shared.pagination import PageRequest, page_request

router = APIRouter(prefix="/sync", tags=["sync for employment service centres"])

_EXAMPLES = {
    "terminations": {
        "idempotency_key": "HCM-Q10/2026-03-02/0001",
        "record": {
            "national_id": "079190001234",
            "employer_tax_code": "0301234562",
            "last_working_day": "2026-02-27",
            "reason": "enterprise_closure",
            "reported_on": "2026-03-02",
        },
    },
    "registrations": {
        "idempotency_key": "HCM-Q10/2026-03-05/0001",
        "record": {"national_id": "079190001234", "centre_code": "HCM-Q10", "registered_on": "2026-03-05"},
    },
    "job-search-notices": {
        "idempotency_key": "HCM-Q10/2026-04-06/0001",
        "record": {"national_id": "079190001234", "month": "2026-04", "submitted_on": "2026-04-06"},
    },
    "new-hires": {
        "idempotency_key": "TNCN/2026/05/000123",
        "record": {
            "national_id": "079190001234",
            "employer_tax_code": "0312345673",
            "employer_name": "Công ty TNHH Dệt Sài Gòn",
            "start_date": "2026-05-04",
            "reported_by": "VN-GDT-HCM",
            "reference": "TNCN/2026/05/000123",
        },
    },
}


def _upload_endpoint(kind: str):  # noqa: ANN202  (a FastAPI endpoint)
    async def upload(body: NdjsonBody, session: Session, settings: Settings) -> object:
        return await service.upload(session=session, settings=settings, kind=kind, body=body)

    upload.__name__ = f"upload_{kind.replace('-', '_')}"
    upload.__doc__ = (
        f'Upload {kind} as NDJSON, one {{"idempotency_key", "record"}} a line; safe to send again.\n\n'
        "Each line's result is created, unchanged (sent before; same id) or rejected, naming the line, the "
        "field and the rule; 415 for a body that is not application/x-ndjson, 400 for an empty one."
    )
    return upload


for _kind, _line in service.LINES.items():
    router.add_api_route(
        f"/{_kind}",
        _upload_endpoint(_kind),
        methods=["POST"],
        response_model=UploadReport,
        openapi_extra=request_body_documentation(_line, json.dumps(_EXAMPLES[_kind], ensure_ascii=False) + "\n"),
    )


@router.get("/changes", response_model=ChangePage)
async def changes(
    session: Session,
    page: PageRequest = Depends(page_request),
    kinds: list[str] | None = Query(None, description="e.g. termination, registration, job_search_notice"),
    centre_code: str | None = None,
) -> object:
    """Records that changed after the cursor `after`, oldest first; keep `next_after` for the next pull."""
    return await service.changes_since(session=session, page=page, kinds=kinds, centre_code=centre_code)
