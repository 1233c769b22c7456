"""Partner traffic kept per hour: read for the console, swept when old."""

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import PartnerTraffic
from services.gateway.traffic.counting import hour_of
from services.gateway.traffic.repository import TrafficRepository
from shared.db import utcnow

KEPT_DAYS = 8  # a week back from any hour the page shows, and a day to spare
SHOWN_HOURS = 24


def last_hours(now: datetime) -> list[datetime]:
    """The starts of the last SHOWN_HOURS hours, the current one last."""
    current = hour_of(now)
    return [current - timedelta(hours=back) for back in range(SHOWN_HOURS - 1, -1, -1)]


async def last_day(*, session: AsyncSession, now: datetime) -> Sequence[PartnerTraffic]:
    """The counts of the last SHOWN_HOURS hours, as every gateway replica has flushed them."""
    return await TrafficRepository(session).since(last_hours(now)[0])


async def sweep(session: AsyncSession) -> int:
    """Forget the hours older than KEPT_DAYS; how many rows were removed."""
    return await TrafficRepository(session).forget_before(hour_of(utcnow()) - timedelta(days=KEPT_DAYS))
