from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.models import VacancyChange
from shared.db import utcnow


class VacancyChangeRepository:
    """The vacancy feed's rows, appended in the writing transaction and read by cursor."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def append(self, rows: Sequence[dict[str, object]]) -> None:
        now = utcnow()
        await self.session.execute(insert(VacancyChange), [{**row, "changed_at": now} for row in rows])

    async def seqs_after(self, after: int, limit: int) -> list[int]:
        """The next page's cursor positions only (an index-only read for re-polling)."""
        statement = select(VacancyChange.seq).where(VacancyChange.seq > after).order_by(VacancyChange.seq).limit(limit)
        return list(await self.session.scalars(statement))

    async def between(self, first: int, last: int) -> Sequence[VacancyChange]:
        statement = select(VacancyChange).where(VacancyChange.seq.between(first, last)).order_by(VacancyChange.seq)
        return (await self.session.scalars(statement)).all()
