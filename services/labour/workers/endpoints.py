from fastapi import APIRouter, Depends

from services.labour.dependencies import Session
from services.labour.workers import service
from services.labour.workers.repository import WorkerRepository
from services.labour.workers.schemas import WorkerCreate, WorkerRead
from shared.events.vocabulary import Jurisdiction
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/workers", tags=["workers"])


@router.post("", status_code=201, response_model=WorkerRead)
async def register_worker(body: WorkerCreate, session: Session) -> object:
    """Register a worker (422 for an invalid national ID, 409 naming the existing record for a known one)."""
    return await service.register_worker(session=session, worker=body)


@router.get("", response_model=Page[WorkerRead])
async def list_workers(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    jurisdiction: Jurisdiction | None = None,
    province: str | None = None,
    district: str | None = None,
) -> object:
    """Workers, filtered, by keyset pages."""
    repository = WorkerRepository(session)
    if national_id is not None:
        found = await repository.by_national_id(national_id.upper())
        return {"items": [found] if found else [], "next_after": None}
    return await repository.list(page=page, jurisdiction=jurisdiction, province=province, district=district)


@router.get("/{worker_id}", response_model=WorkerRead)
async def get_worker(worker_id: int, session: Session) -> object:
    """One worker."""
    return await WorkerRepository(session).get_or_404(worker_id)
