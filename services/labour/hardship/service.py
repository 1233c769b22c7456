from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change
from services.labour.hardship.repository import HardshipRepository
from services.labour.hardship.schemas import HardshipCreate, HardshipRead
from services.labour.models import ChangeKind, HardshipAssessment, outbox
from services.labour.workers.service import worker_by_national_id
from shared.events.labour import HardshipAssessed


async def assess_hardship(*, session: AsyncSession, assessment: HardshipCreate) -> HardshipAssessment:
    """Record a household hardship assessment; publishes labour.hardship.assessed.v1."""
    worker = await worker_by_national_id(session=session, national_id=assessment.national_id)
    record = await HardshipRepository(session).add(
        HardshipAssessment(
            worker_id=worker.id, national_id=worker.national_id, **assessment.model_dump(exclude={"national_id"})
        )
    )
    await outbox.record(
        session,
        HardshipAssessed(
            assessment_id=record.id,
            national_id=worker.national_id,
            special_hardship=record.special_hardship,
            minimum_living_allowance_eligible=record.minimum_living_allowance_eligible,
            assessed_on=record.assessed_on,
        ),
        subject=worker.national_id,
    )
    await track_change(session, kind=ChangeKind.hardship, record=HardshipRead.model_validate(record))
    return record
