from fastapi import APIRouter, Depends

from services.labour.contracts import service
from services.labour.contracts.repository import ContractRepository
from services.labour.contracts.schemas import ContractCreate, ContractRead
from services.labour.dependencies import Session, Settings
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/contracts", tags=["contracts"])


@router.post("", status_code=201, response_model=ContractRead)
async def start_employment(body: ContractCreate, session: Session, settings: Settings) -> object:
    """Record a contract; publishes labour.employment.started.v1."""
    return await service.start_employment(session=session, settings=settings, contract=body)


@router.get("", response_model=Page[ContractRead])
async def list_contracts(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    employer_tax_code: str | None = None,
) -> object:
    """Contracts of a worker or an employer, by keyset pages."""
    return await ContractRepository(session).list(
        page=page, national_id=national_id, employer_tax_code=employer_tax_code
    )


@router.get("/{contract_id}", response_model=ContractRead)
async def get_contract(contract_id: int, session: Session) -> object:
    """One contract."""
    return await ContractRepository(session).get_or_404(contract_id)
