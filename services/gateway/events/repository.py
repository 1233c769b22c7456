from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import PartnerEvent
from shared.feeds import number_committed_rows


class PartnerEventRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_all(self, rows: Sequence[dict[str, object]]) -> None:
        if rows:
            await self.session.execute(insert(PartnerEvent), list(rows))

    async def after(self, after: int, *, types: Sequence[str], limit: int) -> Sequence[PartnerEvent]:
        """The events after the cursor, in the order the consumer committed them (see shared/feeds.py)."""
        await number_committed_rows(self.session, PartnerEvent)
        statement = (
            select(PartnerEvent)
            .where(PartnerEvent.position > after, PartnerEvent.event_type.in_(types))
            .order_by(PartnerEvent.position)
            .limit(limit)
        )
        return (await self.session.scalars(statement)).all()
