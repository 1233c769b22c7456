from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.models import VacancyChange
from shared.db import utcnow
from shared.feeds import number_committed_rows


class VacancyChangeRepository:
    """The vacancy feed's rows, appended in the writing transaction and read by cursor."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def append(self, rows: Sequence[dict[str, object]]) -> None:
        now = utcnow()
        await self.session.execute(insert(VacancyChange), [{**row, "changed_at": now} for row in rows])

    async def positions_after(self, after: int, limit: int) -> list[int]:
        """The next page's cursor positions only (an index-only read for re-polling), in commit order."""
        await number_committed_rows(self.session, VacancyChange)
        statement = (
            select(VacancyChange.position)
            .where(VacancyChange.position > after)
            .order_by(VacancyChange.position)
            .limit(limit)
        )
        return [p for p in await self.session.scalars(statement) if p is not None]

    async def between(self, first: int, last: int) -> Sequence[VacancyChange]:
        statement = (
            select(VacancyChange).where(VacancyChange.position.between(first, last)).order_by(VacancyChange.position)
        )
        return (await self.session.scalars(statement)).all()
