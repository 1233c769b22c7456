"""One service process at run time: its engine, its bus, and (optionally) its workers — the
outbox relay and the inbox consumer."""

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

import structlog
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from shared import tracing
from shared.bus import EventBus, create_bus
from shared.clock import Clock
from shared.db import create_engine, create_sessionmaker, utcnow
from shared.idempotency import forget_expired
from shared.messaging.inbox import InboxConsumer, open_dead_letters
from shared.messaging.outbox import OutboxRelay, backlog
from shared.metrics import CONSUMER_LAG, DEAD_LETTERS, OUTBOX_OLDEST_AGE, OUTBOX_PENDING
from shared.service import ServiceDefinition
from shared.settings import ServiceSettings

log = structlog.get_logger(__name__)


class ServiceRuntime:
    """Starts and stops what a service process runs besides HTTP."""

    def __init__(self, definition: ServiceDefinition, settings: ServiceSettings) -> None:
        self.definition = definition
        self.settings = settings
        self.engine: AsyncEngine = create_engine(settings.database_url)
        tracing.instrument_engine(self.engine, definition.name)
        self.clock = Clock(settings.today)
        self.sessionmaker: async_sessionmaker[AsyncSession] = create_sessionmaker(self.engine, self.clock)
        self.bus: EventBus = create_bus(settings)
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []

    def relay(self) -> OutboxRelay:
        """The outbox relay of this service."""
        return OutboxRelay(
            service=self.definition.name,
            sessionmaker=self.sessionmaker,
            bus=self.bus,
            table=self.definition.messaging.outbox,
            retention=timedelta(days=self.settings.outbox_retention_days),
        )

    def consumer(self) -> InboxConsumer:
        """An inbox consumer for the events this service handles."""
        return InboxConsumer(
            service=self.definition.name,
            group_id=self.definition.consumer_group,
            topics=self.definition.consumed_topics,
            bus=self.bus,
            sessionmaker=self.sessionmaker,
            inbox=self.definition.messaging.inbox,
            handlers=self.definition.handlers,
            max_attempts=self.settings.consumer_max_attempts,
            backoff_seconds=self.settings.consumer_backoff_seconds,
        )

    async def start(self, *, workers: bool) -> None:
        """Connect to the bus; with `workers`, start the relay and the consumer."""
        await self.bus.start()
        await self.bus.ensure_topics(self.definition.topics)
        if not workers:
            return
        if self.definition.stream is not None:
            self._spawn(self.relay().run(self._stop), "relay")
        if self.definition.handlers:
            self._spawn(self.consumer().run(self._stop), "consumer")
        self._spawn(self._run_periodic(), "periodic")

    def periodic_jobs(self) -> dict[str, Callable[[AsyncSession], Awaitable[object]]]:
        """The service's scheduled work and the platform's (forgetting expired idempotency keys)."""
        table = self.definition.messaging.idempotency
        return {**self.definition.periodic, "forget_idempotency_keys": lambda session: forget_expired(session, table)}

    async def run_periodic_once(self) -> None:
        """Run each scheduled job once, each in its own transaction; a failing job does not stop the others."""
        for name, job in self.periodic_jobs().items():
            try:
                async with self.sessionmaker() as session:
                    await job(session)
                    await session.commit()
            except Exception as error:  # the next round tries again; the failure is logged, not lost
                log.error("periodic_job_failed", job=name, error=repr(error))

    async def _run_periodic(self) -> None:
        while not self._stop.is_set():
            await self.run_periodic_once()
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=self.settings.periodic_interval_seconds)
            except TimeoutError:
                continue

    def _spawn(self, work: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.create_task(work, name=f"{self.definition.name}-{name}")
        task.add_done_callback(self._report_crash)
        self._tasks.append(task)

    def _report_crash(self, task: "asyncio.Task[None]") -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("worker stopped with an error", task=task.get_name(), error=repr(task.exception()))

    async def stop(self) -> None:
        """Let the workers finish the batch in hand, then disconnect."""
        self._stop.set()
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=30)
        await self.bus.stop()
        await self.engine.dispose()

    async def wait_stopped(self) -> None:
        """Block until stop() is requested (a worker-only process runs until then)."""
        await self._stop.wait()

    def request_stop(self) -> None:
        self._stop.set()

    async def observe(self) -> None:
        """Refresh the gauges that are read from the database and the bus (when /metrics is read):
        the outbox backlog and its oldest event, the consumer's lag and its open dead letters."""
        name, messaging = self.definition.name, self.definition.messaging
        async with self.sessionmaker() as session:
            pending, oldest = await backlog(session, messaging.outbox)
            dead = await open_dead_letters(session, messaging.inbox, self.definition.consumer_group)
            if self.definition.observe is not None:
                await self.definition.observe(session)
        OUTBOX_PENDING.labels(name).set(pending)
        OUTBOX_OLDEST_AGE.labels(name).set(0 if oldest is None else (utcnow() - oldest).total_seconds())
        if self.definition.handlers:
            DEAD_LETTERS.labels(name, self.definition.consumer_group).set(dead)
            lag = await self.bus.partition_lag(
                group_id=self.definition.consumer_group, topics=self.definition.consumed_topics
            )
            for (topic, partition), behind in lag.items():
                CONSUMER_LAG.labels(name, self.definition.consumer_group, topic, str(partition)).set(behind)

    async def check_ready(self) -> dict[str, str]:
        """Reach the database and the bus; a failing check says why."""
        checks: dict[str, str] = {}
        try:
            async with self.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as error:  # readiness reports, it does not raise
            checks["database"] = f"unreachable: {error}"
        try:
            await asyncio.wait_for(self.bus.ping(), timeout=5)
            checks["bus"] = "ok"
        except Exception as error:
            checks["bus"] = f"unreachable: {error!r}"
        return checks
