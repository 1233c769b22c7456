from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change
from services.labour.models import ChangeKind, Worker
from services.labour.national_id import id_problems
from services.labour.plausibility import plausible_birth_date
from services.labour.workers.repository import WorkerRepository
from services.labour.workers.schemas import WorkerCreate, WorkerRead
from shared.clock import today_of
from shared.problems import Conflict, InvalidInput, NotFound


class WorkerNotFound(NotFound):
    def __init__(self, *, national_id: str) -> None:
        super().__init__(f"no worker with national ID {national_id}", field="national_id")


async def register_worker(*, session: AsyncSession, worker: WorkerCreate) -> Worker:
    """Register a worker whose national ID is valid for their jurisdiction and not yet known."""
    national_id = worker.national_id.upper()
    if implausible := plausible_birth_date(worker.birth_date, today=today_of(session)):
        raise implausible
    problems = id_problems(national_id, jurisdiction=worker.jurisdiction, birth_date=worker.birth_date, sex=worker.sex)
    if problems:
        raise InvalidInput(
            f"national_id is not a valid {worker.jurisdiction} ID: {'; '.join(problems)}",
            errors=[
                {"field": "national_id", "rule": f"national_id_{worker.jurisdiction.lower()}", "message": p}
                for p in problems
            ],
        )
    repository = WorkerRepository(session)
    existing = await repository.by_national_id(national_id)
    if existing is not None:
        raise Conflict(f"a worker with national ID {national_id} exists", existing=f"/workers/{existing.id}")
    record = await repository.add(Worker(**{**worker.model_dump(), "national_id": national_id}))
    await track_change(session, kind=ChangeKind.worker, record=WorkerRead.model_validate(record))
    return record


async def worker_by_national_id(*, session: AsyncSession, national_id: str) -> Worker:
    """The worker with this national ID, or a 404 problem."""
    worker = await WorkerRepository(session).by_national_id(national_id.upper())
    if worker is None:
        raise WorkerNotFound(national_id=national_id)
    return worker
