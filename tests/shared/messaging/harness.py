"""A minimal service for exercising the outbox and inbox: one event type, one effect table."""

import asyncio
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Column, Integer, String, Table, func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from shared.bus.base import BusMessage, EventBus, ReceivedMessage, Subscription
from shared.db import create_engine, create_sessionmaker, service_metadata
from shared.events.catalogue import EventStream
from shared.events.envelope import CloudEvent, EventPayload
from shared.messaging.inbox import InboxConsumer
from shared.messaging.outbox import Outbox, OutboxRelay
from shared.messaging.tables import messaging_tables

metadata = service_metadata()
tables = messaging_tables(metadata)
# The business table of the publishing side, and the effect table of the consuming side.
# No unique key on effects.event_id: a double application must show, not be refused.
cases = Table("cases", metadata, Column("id", Integer, primary_key=True), Column("person", String(50)))
effects = Table(
    "effects",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", String(64)),
    Column("person", String(50)),
    Column("n", Integer),
)


class CaseOpened(EventPayload):
    """A test event."""

    event_type = "test.case.opened.v1"
    person: str
    n: int


@dataclass
class Harness:
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    bus: EventBus
    stream: EventStream

    @property
    def outbox(self) -> Outbox:
        return Outbox(table=tables.outbox, stream=self.stream)

    def relay(self, bus: EventBus | None = None) -> OutboxRelay:
        return OutboxRelay(service="test", sessionmaker=self.sessionmaker, bus=bus or self.bus, table=tables.outbox)

    def consumer(self, *, group: str, poison: int | None = None, bus: EventBus | None = None) -> InboxConsumer:
        async def apply(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
            if any(event.data["n"] == poison for event in events):
                raise ValueError(f"case {poison} cannot be handled")
            await session.execute(
                insert(effects),
                [{"event_id": e.id, "person": e.data["person"], "n": e.data["n"]} for e in events],
            )

        return InboxConsumer(
            service="test",
            group_id=group,
            topics=[self.stream.topic],
            bus=bus or self.bus,
            sessionmaker=self.sessionmaker,
            inbox=tables.inbox,
            handlers={CaseOpened.event_type: apply},
            # Batches far smaller than the streams: a crash leaves events behind and redelivers a batch.
            max_attempts=3,
            backoff_seconds=0.01,
            batch_size=7,
            poll_seconds=0.2,
        )

    async def open_cases(self, count: int, *, people: int = 5) -> None:
        """Record `count` cases, each with its event, one transaction per case."""
        for n in range(count):
            person = f"person-{n % people}"
            async with self.sessionmaker() as session, session.begin():
                await session.execute(insert(cases).values(person=person))
                await self.outbox.record(session, CaseOpened(person=person, n=n), subject=person)

    async def publish_all(self) -> int:
        """Relay the whole outbox, batch after batch; returns how many events were published."""
        published = 0
        while batch := await self.relay().relay_batch():
            published += batch
        return published

    async def scalar(self, query: object) -> int:
        async with self.sessionmaker() as session:
            return int(await session.scalar(query) or 0)  # type: ignore[arg-type]

    async def effect_count(self) -> int:
        return await self.scalar(select(func.count()).select_from(effects))

    async def run_until(self, consumer: InboxConsumer, *, effects_expected: int, timeout_seconds: float = 30) -> None:
        """Run the consumer until the effect table has the expected rows and the group has committed
        up to the end of the topic (a consumer stuck retrying a redelivered batch never gets there),
        then stop it gracefully."""
        stop = asyncio.Event()
        task = asyncio.create_task(consumer.run(stop))
        deadline = time.monotonic() + timeout_seconds
        try:
            while (
                await self.effect_count() < effects_expected
                or await self.bus.lag(group_id=consumer.group_id, topics=[self.stream.topic]) > 0
            ):
                assert not task.done(), f"consumer ended early: {task.exception()!r}"
                assert time.monotonic() < deadline, (
                    f"{await self.effect_count()} of {effects_expected} effects, "
                    f"{await self.bus.lag(group_id=consumer.group_id, topics=[self.stream.topic])} events not committed"
                )
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # room for a wrongful second application to show
        finally:
            stop.set()
            await asyncio.wait_for(task, 30)

    async def dead_lettered(self) -> int:
        return await self.scalar(select(func.count()).where(tables.inbox.c.outcome == "dead_lettered"))


async def build_harness(*, bus: EventBus, database_url: str) -> Harness:
    engine = create_engine(database_url)
    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    stream = EventStream(
        service="test", topic=f"test.{uuid.uuid4().hex[:12]}", description="test", events=(CaseOpened,)
    )
    await bus.ensure_topics([stream.topic, stream.dead_letter_topic])
    return Harness(engine=engine, sessionmaker=create_sessionmaker(engine), bus=bus, stream=stream)


class Crash(Exception):
    """Stands for the process dying at a chosen point."""


class FaultyBus(EventBus):
    """The real bus, but the process 'dies' at a chosen point: right after a publish was stored,
    or after a consumer's database commit and before its offset commit."""

    def __init__(self, real: EventBus, *, after_publish: bool = False, before_offset_commit: bool = False) -> None:
        self.real = real
        self.after_publish = after_publish
        self.before_offset_commit = before_offset_commit

    async def publish(self, messages: Sequence[BusMessage]) -> None:
        await self.real.publish(messages)
        if self.after_publish:
            raise Crash("died after sending, before marking")

    def subscribe(self, *, group_id: str, topics: Sequence[str]) -> Subscription:
        subscription = self.real.subscribe(group_id=group_id, topics=topics)
        return _CrashingSubscription(subscription) if self.before_offset_commit else subscription

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def ensure_topics(self, topics: Sequence[str]) -> None: ...
    async def ping(self) -> None: ...

    async def lag(self, *, group_id: str, topics: Sequence[str]) -> int:
        return await self.real.lag(group_id=group_id, topics=topics)

    async def reset_group(self, **kwargs: object) -> None:
        raise AssertionError("not used")


class _CrashingSubscription(Subscription):
    def __init__(self, real: Subscription) -> None:
        self.real = real

    async def start(self) -> None:
        await self.real.start()

    async def stop(self) -> None:
        await self.real.stop()

    async def poll(self, *, max_records: int, timeout_seconds: float) -> list[ReceivedMessage]:
        return await self.real.poll(max_records=max_records, timeout_seconds=timeout_seconds)

    async def commit(self, messages: Sequence[ReceivedMessage]) -> None:
        raise Crash("consumer died after its database commit, before its offset commit")

    async def rewind(self, messages: Sequence[ReceivedMessage]) -> None:
        await self.real.rewind(messages)
