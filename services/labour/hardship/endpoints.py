from fastapi import APIRouter, Depends
from sqlalchemy import select

from services.labour.dependencies import Session
from services.labour.hardship import service
from services.labour.hardship.schemas import HardshipCreate, HardshipRead
from services.labour.models import HardshipAssessment, Worker
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_of, page_request

router = APIRouter(prefix="/hardship-assessments", tags=["hardship"])


@router.post("", status_code=201, response_model=HardshipRead)
async def assess_hardship(body: HardshipCreate, session: Session) -> object:
    """Record a household hardship assessment."""
    return await service.assess_hardship(session=session, assessment=body)


@router.get("", response_model=Page[HardshipRead])
async def list_assessments(
    session: Session, page: PageRequest = Depends(page_request), national_id: NationalIdFilter = None,
    special_hardship: bool | None = None,
) -> object:
    """Assessments, filtered, by keyset pages."""
    statement = select(HardshipAssessment)
    if national_id is not None:
        statement = statement.join(Worker, Worker.id == HardshipAssessment.worker_id).where(Worker.national_id == national_id.upper())
    if special_hardship is not None:
        statement = statement.where(HardshipAssessment.special_hardship == special_hardship)
    return await page_of(session, statement, HardshipAssessment.id, page)
