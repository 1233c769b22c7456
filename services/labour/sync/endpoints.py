import json
from typing import Any, cast

from fastapi import APIRouter, Depends, Query

from services.labour.dependencies import Session, Settings
from services.labour.models import ChangeKind, UploadKind
from services.labour.sync import service
from services.labour.sync.schemas import ChangePage, UploadReport
from shared.ndjson import NdjsonBody, request_body_documentation
from shared.pagination import PageRequest, page_request

router = APIRouter(prefix="/sync", tags=["sync for employment service centres"])

# A centre's key for each kind's example line; its record is the single-record endpoint's example.
_EXAMPLE_KEYS = {
    UploadKind.terminations: "HCM-Q10/2026-03-02/0001",
    UploadKind.registrations: "HCM-Q10/2026-03-05/0001",
    UploadKind.job_search_notices: "HCM-Q10/2026-04-06/0001",
    UploadKind.new_hires: "TNCN/2026/05/000123",
}


def _example_line(kind: UploadKind) -> str:
    extra = service.KINDS[kind].schema.model_config.get("json_schema_extra")
    assert isinstance(extra, dict)  # every record schema a centre uploads shows an example
    record = cast(list[Any], extra["examples"])[0]
    return json.dumps({"idempotency_key": _EXAMPLE_KEYS[kind], "record": record}, ensure_ascii=False) + "\n"


def _upload_endpoint(kind: UploadKind):  # noqa: ANN202  (a FastAPI endpoint)
    async def upload(body: NdjsonBody, session: Session, settings: Settings) -> object:
        return await service.upload(session=session, settings=settings, kind=kind, body=body)

    upload.__name__ = f"upload_{kind.name}"
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
        openapi_extra=request_body_documentation(_line, _example_line(_kind)),
    )


@router.get("/changes", response_model=ChangePage)
async def changes(
    session: Session,
    page: PageRequest = Depends(page_request),
    kinds: list[ChangeKind] | None = Query(None, description="only changes of these kinds; all when none"),
    centre_code: str | None = None,
) -> object:
    """Records that changed after the cursor `after`, oldest first; keep `next_after` for the next pull."""
    return await service.changes_since(session=session, page=page, kinds=kinds, centre_code=centre_code)
