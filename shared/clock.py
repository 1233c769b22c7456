"""One clock per service: what "now" and "today" are for its rules. Each service's sessions carry
it (`session.info`), so request handlers and event handlers read the same clock, and a test or a
replay that sets the date (the TODAY setting, or `Clock.set`) sees every rule act as of that day.
"""

from datetime import UTC, date, datetime, time

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession


class Clock:
    """The system's UTC time, unless a date has been set (then noon UTC of that date)."""

    def __init__(self, fixed: date | None = None) -> None:
        self.fixed = fixed

    def set(self, day: date | None) -> None:
        """Act as of `day` from now on (None: the real date again)."""
        self.fixed = day

    def now(self) -> datetime:
        return datetime.now(UTC) if self.fixed is None else datetime.combine(self.fixed, time(12), UTC)

    def today(self) -> date:
        return self.now().date()


SYSTEM_CLOCK = Clock()


def clock_of(session: AsyncSession) -> Clock:
    """The clock of the service this session belongs to."""
    return session.info.get("clock", SYSTEM_CLOCK)


def today_of(session: AsyncSession) -> date:
    """Today for the service this session belongs to."""
    return clock_of(session).today()


def request_today(request: Request) -> date:
    """FastAPI dependency: today for the service answering the request."""
    return request.app.state.runtime.clock.today()
