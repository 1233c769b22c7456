from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import ContinuationNotice, Termination


class NoticeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def due(self, *, today: date, limit: int = 5000) -> Sequence[Termination]:
        """Terminations whose last working day has come and whose current version has no notice yet."""
        noticed = exists().where(and_(
            ContinuationNotice.termination_id == Termination.termination_id,
            ContinuationNotice.national_id == Termination.national_id,
            ContinuationNotice.termination_version == Termination.version,
        ))
        statement = (select(Termination).where(Termination.last_working_day <= today, ~noticed)
                     .order_by(Termination.last_working_day, Termination.id).limit(limit))
        return (await self.session.scalars(statement)).all()
