from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.centres.service import centre_by_code
from services.labour.changes import track_change
from services.labour.counselling.repository import CounsellingRepository
from services.labour.counselling.schemas import CounsellingCreate, CounsellingRead
from services.labour.models import ChangeKind, CounsellingSession, outbox
from services.labour.workers.service import worker_by_national_id
from shared.events.labour import CounsellingProvided


async def provide_counselling(*, session: AsyncSession, counselling: CounsellingCreate) -> CounsellingSession:
    """Record a counselling or guidance session; publishes labour.counselling.provided.v1."""
    worker = await worker_by_national_id(session=session, national_id=counselling.national_id)
    centre = await centre_by_code(session=session, code=counselling.centre_code)
    record = await CounsellingRepository(session).add(
        CounsellingSession(
            worker_id=worker.id,
            national_id=worker.national_id,
            centre_id=centre.id,
            kind=counselling.kind,
            held_on=counselling.held_on,
            outcome=counselling.outcome,
        )
    )
    await outbox.record(
        session,
        CounsellingProvided(
            session_id=record.id,
            national_id=worker.national_id,
            kind=record.kind,
            held_on=record.held_on,
            outcome=record.outcome,
        ),
        subject=worker.national_id,
    )
    await track_change(
        session, kind=ChangeKind.counselling, record=CounsellingRead.model_validate(record), centre_code=centre.code
    )
    return record
