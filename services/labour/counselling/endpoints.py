from datetime import date

from fastapi import APIRouter, Depends

from services.labour.counselling import service
from services.labour.counselling.repository import CounsellingRepository
from services.labour.counselling.schemas import CounsellingCreate, CounsellingRead
from services.labour.dependencies import Session
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/counselling-sessions", tags=["counselling"])


@router.post("", status_code=201, response_model=CounsellingRead)
async def provide_counselling(body: CounsellingCreate, session: Session) -> object:
    """Record a counselling or vocational guidance session."""
    return await service.provide_counselling(session=session, counselling=body)


@router.get("", response_model=Page[CounsellingRead])
async def list_sessions(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    centre_code: str | None = None,
    held_from: date | None = None,
    held_to: date | None = None,
) -> object:
    """Sessions, filtered, by keyset pages."""
    return await CounsellingRepository(session).list(
        page=page, national_id=national_id, centre_code=centre_code, held_from=held_from, held_to=held_to
    )
