from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from services.social_insurance.dependencies import Session, Settings
from services.social_insurance.models import ContinuationNotice
from services.social_insurance.notices.service import Language, localized, render_html
from shared.national_id import NATIONAL_ID_PATTERN, NationalIdFilter, normalised
from shared.pagination import PageRequest, fetch_page, page_request
from shared.problems import NotFound

router = APIRouter(prefix="/continuation-notices", tags=["continuation notices"])


async def _notice(session: Any, notice_id: int) -> ContinuationNotice:
    notice = await session.get(ContinuationNotice, notice_id)
    if notice is None:
        raise NotFound(f"no continuation notice {notice_id}")
    return notice


@router.get("")
async def list_notices(session: Session, settings: Settings, national_id: NationalIdFilter = None, language: Language = "en",
                       page: PageRequest = Depends(page_request)) -> dict[str, Any]:
    """Notices issued, newest versions included, by keyset pages."""
    statement = select(ContinuationNotice)
    if national_id is not None:
        statement = statement.where(ContinuationNotice.national_id == national_id)
    items, next_after = await fetch_page(session, statement, ContinuationNotice.id, page)
    return {"items": [localized(n, language, settings) for n in items], "next_after": next_after}


@router.get("/{notice_id}")
async def get_notice(notice_id: int, session: Session, settings: Settings, language: Language = "en") -> dict[str, Any]:
    """A notice as JSON, its texts in Vietnamese (vi), Chinese (zh) or English (en)."""
    return localized(await _notice(session, notice_id), language, settings)


@router.get("/{notice_id}/print", response_class=HTMLResponse)
async def print_notice(
    notice_id: int, session: Session, settings: Settings,
    national_id: str = Query(pattern=NATIONAL_ID_PATTERN, description="whose notice it is: a printed page names no one a machine can read"),
    language: Language = "en",
) -> HTMLResponse:
    """A notice as a printable HTML page, for the person it was issued to."""
    notice = await _notice(session, notice_id)
    if notice.national_id != normalised(national_id):
        raise NotFound(f"no notice {notice_id} for {national_id}")
    return HTMLResponse(render_html(notice, language, settings))
