from fastapi import APIRouter, Depends

from services.labour.contracts import service
from services.labour.contracts.repository import ContractRepository
from services.labour.contracts.schemas import ContractCreate, ContractRead
from services.labour.dependencies import Session
from shared.pagination import Page, PageRequest, page_request
from shared.problems import NotFound

router = APIRouter(prefix="/contracts", tags=["contracts"])


@router.post("", status_code=201, response_model=ContractRead)
async def start_employment(body: ContractCreate, session: Session) -> object:
    """Record a contract; publishes labour.employment.started.v1."""
    return await service.start_employment(session=session, contract=body)


@router.get("", response_model=Page[ContractRead])
async def list_contracts(
    session: Session, page: PageRequest = Depends(page_request), national_id: str | None = None,
    employer_tax_code: str | None = None,
) -> object:
    """Contracts of a worker or an employer, by keyset pages."""
    items, next_after = await ContractRepository(session).list(
        page=page, national_id=national_id, employer_tax_code=employer_tax_code
    )
    return {"items": items, "next_after": next_after}


@router.get("/{contract_id}", response_model=ContractRead)
async def get_contract(contract_id: int, session: Session) -> object:
    """One contract."""
    contract = await ContractRepository(session).get(contract_id)
    if contract is None:
        raise NotFound(f"no contract {contract_id}")
    return contract
