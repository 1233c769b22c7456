"""Every query of partner traffic."""

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import PartnerTraffic, TrafficOutcome
from shared.repository import rows_changed

# An hour's count of one client's calls of one operation with one outcome.
Key = tuple[datetime, str, str, TrafficOutcome]


class TrafficRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, counts: Mapping[Key, int]) -> None:
        """Add the counts to their hours' rows, new rows where there are none. One statement, so
        that two gateway replicas adding to the same row at once both count."""
        dialect = postgresql if self.session.get_bind().dialect.name == "postgresql" else sqlite
        statement = dialect.insert(PartnerTraffic).values(
            [
                {"hour": hour, "client_id": client_id, "route": route, "outcome": outcome, "calls": calls}
                for (hour, client_id, route, outcome), calls in counts.items()
            ]
        )
        await self.session.execute(
            statement.on_conflict_do_update(
                index_elements=list(PartnerTraffic.__table__.primary_key),
                set_={"calls": PartnerTraffic.calls + statement.excluded.calls},
            )
        )

    async def since(self, start: datetime) -> Sequence[PartnerTraffic]:
        """The rows of the hours from `start` on."""
        statement = select(PartnerTraffic).where(PartnerTraffic.hour >= start)
        return (await self.session.scalars(statement.order_by(PartnerTraffic.hour))).all()

    async def forget_before(self, start: datetime) -> int:
        """Remove the hours before `start`; how many rows were removed."""
        return await rows_changed(self.session, delete(PartnerTraffic).where(PartnerTraffic.hour < start))
