from datetime import date

from fastapi import APIRouter, Depends
from sqlalchemy import select

from services.labour.counselling import service
from services.labour.counselling.schemas import CounsellingCreate, CounsellingRead
from services.labour.dependencies import Session
from services.labour.models import Centre, CounsellingSession, Worker
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_of, page_request

router = APIRouter(prefix="/counselling-sessions", tags=["counselling"])


@router.post("", status_code=201, response_model=CounsellingRead)
async def provide_counselling(body: CounsellingCreate, session: Session) -> object:
    """Record a counselling or vocational guidance session."""
    return await service.provide_counselling(session=session, counselling=body)


@router.get("", response_model=Page[CounsellingRead])
async def list_sessions(
    session: Session, page: PageRequest = Depends(page_request), national_id: NationalIdFilter = None,
    centre_code: str | None = None, held_from: date | None = None, held_to: date | None = None,
) -> object:
    """Sessions, filtered, by keyset pages."""
    statement = select(CounsellingSession)
    if national_id is not None:
        statement = statement.join(Worker, Worker.id == CounsellingSession.worker_id).where(Worker.national_id == national_id.upper())
    if centre_code is not None:
        statement = statement.join(Centre, Centre.id == CounsellingSession.centre_id).where(Centre.code == centre_code)
    if held_from is not None:
        statement = statement.where(CounsellingSession.held_on >= held_from)
    if held_to is not None:
        statement = statement.where(CounsellingSession.held_on <= held_to)
    return await page_of(session, statement, CounsellingSession.id, page)
