from fastapi import APIRouter, Depends

from services.labour.dependencies import Session
from services.labour.employers import service
from services.labour.employers.repository import EmployerRepository
from services.labour.employers.schemas import EmployerCreate, EmployerRead
from shared.events.vocabulary import Jurisdiction, WageRegion
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/employers", tags=["employers"])


@router.post("", status_code=201, response_model=EmployerRead)
async def register_employer(body: EmployerCreate, session: Session) -> object:
    """Register an employer (409 naming the existing record when the tax code is known)."""
    return await service.register_employer(session=session, employer=body)


@router.get("", response_model=Page[EmployerRead])
async def list_employers(
    session: Session,
    page: PageRequest = Depends(page_request),
    jurisdiction: Jurisdiction | None = None,
    province: str | None = None,
    district: str | None = None,
    wage_region: WageRegion | None = None,
) -> object:
    """Employers, filtered, by keyset pages."""
    return await EmployerRepository(session).list(
        page=page, jurisdiction=jurisdiction, province=province, district=district, wage_region=wage_region
    )


@router.get("/{employer_id}", response_model=EmployerRead)
async def get_employer(employer_id: int, session: Session) -> object:
    """One employer."""
    return await EmployerRepository(session).get_or_404(employer_id)
