"""Partner calls counted where they are answered: in the gateway process's memory, added to the
partner_traffic table every FLUSH_SECONDS by a task of the app's lifetime, so that a partner call
itself writes nothing more to the database. The task runs in the process that counts (the API
process): the gateway's worker, which runs the scheduled jobs, is another process in compose."""

import asyncio
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from datetime import datetime

import structlog
from fastapi import FastAPI, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.gateway.models import TrafficOutcome
from services.gateway.traffic.repository import Key, TrafficRepository
from shared.db import utcnow

log = structlog.get_logger(__name__)

FLUSH_SECONDS = 30.0  # the Partners page lags the calls by at most this much (per replica)
STATE = "traffic"  # app.state's name for the process's counts


def outcome_of(status: int) -> TrafficOutcome:
    if status == 429:
        return TrafficOutcome.rate_limited
    if status >= 500:
        return TrafficOutcome.failed
    return TrafficOutcome.refused if status >= 400 else TrafficOutcome.succeeded


def hour_of(at: datetime) -> datetime:
    return at.replace(minute=0, second=0, microsecond=0)


class TrafficCounts:
    """The partner calls this process answered since its last flush."""

    def __init__(self) -> None:
        self.pending: Counter[Key] = Counter()

    def count(self, *, client_id: str, route: str, status: int, at: datetime) -> None:
        self.pending[(hour_of(at), client_id, route, outcome_of(status))] += 1

    async def flush(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        """Add the counts to the table; kept for the next flush when the database refuses them."""
        counts, self.pending = self.pending, Counter()
        if not counts:
            return
        try:
            async with sessionmaker.begin() as session:
                await TrafficRepository(session).add(counts)
        except BaseException:
            self.pending.update(counts)
            raise


def counts_of(app: FastAPI) -> TrafficCounts:
    counts: TrafficCounts = getattr(app.state, STATE)
    return counts


def install_counting(app: FastAPI) -> None:
    """Count every partner call the app answers: a call the gateway named an operation or a client
    for (shared/app.py's request middleware reads the same two); "" where it named none."""
    counts = TrafficCounts()
    setattr(app.state, STATE, counts)

    @app.middleware("http")
    async def count_partner_calls(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        client = getattr(request.state, "partner_client", None)
        route = getattr(request.state, "route_template", None)
        if client is not None or route is not None:
            counts.count(client_id=client or "", route=route or "", status=response.status_code, at=utcnow())
        return response


@asynccontextmanager
async def flushing(app: FastAPI, *, every: float = FLUSH_SECONDS) -> AsyncIterator[None]:
    """Flush the app's counts every `every` seconds while inside, and once more on the way out."""
    counts, stop = counts_of(app), asyncio.Event()

    async def flush_until_stopped() -> None:
        while not stop.is_set():
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=every)
            try:
                await counts.flush(app.state.sessionmaker)
            except Exception as error:  # the counts wait for the next round; the failure is logged
                log.warning("partner_traffic_not_flushed", error=repr(error))

    task = asyncio.create_task(flush_until_stopped(), name="gateway-partner-traffic")
    try:
        yield
    finally:
        stop.set()
        await task
