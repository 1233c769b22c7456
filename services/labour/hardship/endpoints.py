from fastapi import APIRouter, Depends

from services.labour.dependencies import Session
from services.labour.hardship import service
from services.labour.hardship.repository import HardshipRepository
from services.labour.hardship.schemas import HardshipCreate, HardshipRead
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/hardship-assessments", tags=["hardship"])


@router.post("", status_code=201, response_model=HardshipRead)
async def assess_hardship(body: HardshipCreate, session: Session) -> object:
    """Record a household hardship assessment."""
    return await service.assess_hardship(session=session, assessment=body)


@router.get("", response_model=Page[HardshipRead])
async def list_assessments(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    special_hardship: bool | None = None,
) -> object:
    """Assessments, filtered, by keyset pages."""
    return await HardshipRepository(session).list(page=page, national_id=national_id, special_hardship=special_hardship)
