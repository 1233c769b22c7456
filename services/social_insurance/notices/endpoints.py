from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from services.social_insurance.dependencies import Session, Settings
from services.social_insurance.notices.repository import NoticeRepository
from services.social_insurance.notices.schemas import Language
from services.social_insurance.notices.service import localized, render_html
from shared.national_id import NATIONAL_ID_PATTERN, NationalIdFilter, normalised
from shared.pagination import PageRequest, page_request
from shared.problems import NotFound

router = APIRouter(prefix="/continuation-notices", tags=["continuation notices"])


@router.get("")
async def list_notices(
    session: Session,
    settings: Settings,
    national_id: NationalIdFilter = None,
    language: Language = "en",
    page: PageRequest = Depends(page_request),
) -> dict[str, Any]:
    """Notices issued, newest versions included, by keyset pages."""
    found = await NoticeRepository(session).list(page=page, national_id=national_id)
    return {**found, "items": [localized(n, language, settings) for n in found["items"]]}


@router.get("/{notice_id}")
async def get_notice(notice_id: int, session: Session, settings: Settings, language: Language = "en") -> dict[str, Any]:
    """A notice as JSON, its texts in Vietnamese (vi), Chinese (zh) or English (en)."""
    return localized(await NoticeRepository(session).get_or_404(notice_id), language, settings)


@router.get("/{notice_id}/print", response_class=HTMLResponse)
async def print_notice(
    notice_id: int,
    session: Session,
    settings: Settings,
    national_id: str = Query(
        pattern=NATIONAL_ID_PATTERN, description="whose notice it is: a printed page names no one a machine can read"
    ),
    language: Language = "en",
) -> HTMLResponse:
    """A notice as a printable HTML page, for the person it was issued to."""
    notice = await NoticeRepository(session).get_or_404(notice_id)
    if notice.national_id != normalised(national_id):
        raise NotFound(f"no notice {notice_id} for {national_id}")
    return HTMLResponse(render_html(notice, language, settings))
