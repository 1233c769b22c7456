"""Transactional outbox: events are rows written in the business transaction; a relay
publishes them to the bus afterwards and marks them published.

A crash can therefore never record a business change without its event, or the reverse. The
relay may publish a row twice (crash after sending, before marking): consumers' inboxes absorb
that. Published rows are kept for a retention period so they can be emitted again.

An event recorded while a consumer applies other events (inside `caused_by`) takes an id derived
from the event that caused it; any other event (a partner's call, a scheduled job) a random one.
A service whose database is restored from a backup applies again the events it had consumed since,
and records their consequences again: with the same ids, so downstream inboxes skip them.
"""

import asyncio
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import Any

import structlog
from opentelemetry.trace import SpanKind
from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared import tracing
from shared.aio import sleep_unless
from shared.bus.base import EventBus
from shared.db import utcnow
from shared.events.catalogue import EventStream
from shared.events.envelope import CloudEvent, EventPayload, caused_event_id, new_event_id
from shared.metrics import OUTBOX_PUBLISHED, OUTBOX_RECORDED
from shared.national_id import normalised
from shared.repository import rows_changed

log = structlog.get_logger(__name__)

# One relay per database publishes at a time, so rows leave in sequence order.
_RELAY_LOCK_KEY = 0x4C4C_0B0C


class CauseUnclear(Exception):
    """A handler applying several events recorded an event that is about none of their people, or
    about a person more than one of them is about: the consumer applies them one at a time instead."""


class _Causes:
    """The events a handler is applying. Handlers record the consequences of a person's event about
    that person, so an event recorded about a person is attributed to the one applied event about
    them; the position among that cause's events of the type makes the id unique."""

    def __init__(self, events: Sequence[CloudEvent]) -> None:
        self.events = events
        self.by_person: dict[str | None, list[CloudEvent]] = {}
        for event in events:
            self.by_person.setdefault(_person(event.subject), []).append(event)
        self.recorded: Counter[tuple[str, str]] = Counter()

    def event_id(self, event_type: str, subject: str) -> str:
        cause = self.events[0] if len(self.events) == 1 else self._only_event_about(subject)
        position = self.recorded[(cause.id, event_type)]
        self.recorded[(cause.id, event_type)] += 1
        return caused_event_id(cause=cause.id, event_type=event_type, position=position)

    def _only_event_about(self, subject: str) -> CloudEvent:
        candidates = self.by_person.get(_person(subject), [])
        if len(candidates) != 1:
            raise CauseUnclear(f"{len(candidates)} of the {len(self.events)} events applied are about {subject!r}")
        return candidates[0]


def _person(subject: str | None) -> str | None:
    # Subjects are national IDs; a service may have received one with a lower-case check character.
    return None if subject is None else normalised(subject)


_CAUSES: ContextVar[_Causes | None] = ContextVar("labourlink_event_causes", default=None)


@contextmanager
def caused_by(events: Sequence[CloudEvent]) -> Iterator[None]:
    """While a handler applies `events`, the events it records take ids derived from their causes.

    A run of several events can only be attributed per person (see _Causes): the run's split must
    not change the ids, since a restored service applies the events in other runs. When that fails
    the handler raises CauseUnclear, and the consumer applies the run again one event at a time."""
    token = _CAUSES.set(_Causes(events))
    try:
        yield
    finally:
        _CAUSES.reset(token)


class Outbox:
    """Where a service records the events of its stream, inside its own transaction."""

    def __init__(self, *, table: Table, stream: EventStream) -> None:
        self.table = table
        self.stream = stream

    async def record(self, session: AsyncSession, payload: EventPayload, *, subject: str) -> CloudEvent:
        """Add one event about `subject` (a person) to the current transaction."""
        return (await self.record_many(session, [(payload, subject)]))[0]

    async def record_many(self, session: AsyncSession, events: Sequence[tuple[EventPayload, str]]) -> list[CloudEvent]:
        """Add several events, in order, to the current transaction."""
        # Each event carries the trace of the work that recorded it (a partner's call, a consumed event).
        traceparent = tracing.current_traceparent()
        causes = _CAUSES.get()
        envelopes = [
            CloudEvent.of(
                payload,
                source=self.stream.source,
                subject=subject,
                traceparent=traceparent,
                id=new_event_id() if causes is None else causes.event_id(payload.event_type, subject),
            )
            for payload, subject in events
        ]
        if envelopes:
            await session.execute(
                insert(self.table),
                [
                    {
                        "event_id": e.id,
                        "topic": self.stream.topic,
                        "event_type": e.type,
                        "subject": e.subject,
                        "event_time": e.time,
                        "envelope": e.model_dump(mode="json"),
                    }
                    for e in envelopes
                ],
            )
            OUTBOX_RECORDED.labels(self.stream.service).inc(len(envelopes))
        return envelopes


async def backlog(session: AsyncSession, table: Table) -> tuple[int, datetime | None]:
    """How many events wait to be published, and when the oldest of them was recorded."""
    pending, oldest = (
        await session.execute(select(func.count(), func.min(table.c.event_time)).where(table.c.published_at.is_(None)))
    ).one()
    return pending, oldest


class OutboxRelay:
    """Publishes outbox rows to the bus in sequence order, a batch per transaction."""

    def __init__(
        self,
        *,
        service: str,
        sessionmaker: async_sessionmaker[AsyncSession],
        bus: EventBus,
        table: Table,
        batch_size: int = 2000,
        idle_seconds: float = 0.05,
        retention: timedelta = timedelta(days=7),
        purge_every_seconds: float = 3600,
    ) -> None:
        self.service = service
        self.sessionmaker = sessionmaker
        self.bus = bus
        self.table = table
        self.batch_size = batch_size
        self.idle_seconds = idle_seconds
        self.retention = retention
        self.purge_every_seconds = purge_every_seconds

    async def relay_batch(self) -> int:
        """Publish the next batch of unpublished rows and mark them; returns how many."""
        t = self.table
        async with self.sessionmaker() as session, session.begin():
            if session.bind.dialect.name == "postgresql":
                locked = await session.scalar(select(func.pg_try_advisory_xact_lock(_RELAY_LOCK_KEY)))
                if not locked:
                    return 0  # another relay of this service is publishing
            rows = (
                await session.execute(
                    select(t.c.seq, t.c.topic, t.c.envelope)
                    .where(t.c.published_at.is_(None))
                    .order_by(t.c.seq)
                    .limit(self.batch_size)
                )
            ).all()
            if not rows:
                return 0
            await self._publish(rows)
            await session.execute(update(t).where(t.c.seq.in_([r.seq for r in rows])).values(published_at=utcnow()))
        OUTBOX_PUBLISHED.labels(self.service).inc(len(rows))
        return len(rows)

    async def _publish(self, rows: Sequence[Any]) -> None:
        """Publish rows; each event's trace goes on through a span of its publishing, which the
        consumer's handling continues."""
        tracer = tracing.tracer(self.service)
        spans, messages = [], []
        for row in rows:
            event = CloudEvent.model_validate(row.envelope)
            span = tracer.start_span(
                f"publish {event.type}",
                context=tracing.context_of(event.traceparent),
                kind=SpanKind.PRODUCER,
                attributes={"messaging.destination.name": row.topic, "messaging.message.id": event.id},
            )
            spans.append(span)
            if (traceparent := tracing.traceparent_of(span)) is not None:
                event = event.model_copy(update={"traceparent": traceparent})
            messages.append(event.to_bus_message(row.topic))
        try:
            await self.bus.publish(messages)
        finally:
            for span in spans:
                span.end()

    async def run(self, stop: asyncio.Event) -> None:
        """Relay until `stop` is set; a failed batch is retried after a pause, nothing is skipped.
        Once an hour, rows published longer ago than the retention period are deleted."""
        next_purge = time.monotonic()
        while not stop.is_set():
            if time.monotonic() >= next_purge:
                try:
                    await self.purge_published(before=utcnow() - self.retention)
                except Exception:
                    log.exception("outbox purge failed; tried again later", service=self.service)
                next_purge = time.monotonic() + self.purge_every_seconds
            try:
                published = await self.relay_batch()
            except Exception:
                log.exception("outbox relay batch failed; retrying", service=self.service)
                published = 0
                await sleep_unless(stop, 1.0)
            if published < self.batch_size:
                await sleep_unless(stop, self.idle_seconds)

    async def purge_published(self, *, before: datetime) -> int:
        """Delete rows published before a time (the retention period has passed)."""
        async with self.sessionmaker() as session, session.begin():
            return await rows_changed(session, delete(self.table).where(self.table.c.published_at < before))

    async def reemit(self, *, since: datetime) -> int:
        """Publish again every retained event recorded at or after a time."""
        async with self.sessionmaker() as session, session.begin():
            return await rows_changed(
                session,
                update(self.table)
                .where(self.table.c.event_time >= since, self.table.c.published_at.is_not(None))
                .values(published_at=None),
            )
