"""Idempotent inbox: a consumer applies each event once, whatever the bus redelivers.

A polled batch is applied in one database transaction: for every event not yet in the inbox,
its handler runs and an inbox row (consumer group, event id) is written. The transaction
commits, then the bus offsets are committed. A crash between the two redelivers the batch, and
the inbox rows turn it into a no-op.

The batch is first applied without savepoints (the common case: every handler succeeds). If a
handler fails, that transaction is rolled back and the batch is applied again with each handler
in its own SAVEPOINT, so the failure is isolated: the failing handler is retried with
exponential backoff, and after the last attempt its event is published to `<topic>.dlq` with the
error in its headers, recorded as dead-lettered, and the events behind it go on. Batching
amortises the commit without weakening any of this.
"""

import asyncio
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import structlog
from opentelemetry.trace import SpanKind
from sqlalchemy import Table, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from shared import tracing
from shared.aio import sleep_unless
from shared.bus.base import BusMessage, EventBus, ReceivedMessage
from shared.db import utcnow
from shared.events.catalogue import dead_letter_topic
from shared.events.envelope import CloudEvent
from shared.messaging.outbox import CauseUnclear, caused_by
from shared.metrics import EVENTS_HANDLED, EVENTS_RETRIED

log = structlog.get_logger(__name__)

# A handler applies a run of consecutive events of its type, in bus order (so one person's events
# keep their order); a projection can write the run with one executemany. When a run fails, the
# events are applied again one at a time to find and isolate the failing one.
Handler = Callable[[AsyncSession, Sequence[CloudEvent]], Awaitable[None]]


class _HandlerFailed(Exception):
    """A handler failed on the fast path; the batch is applied again, failures isolated."""


@dataclass(frozen=True)
class _Failure:
    message: ReceivedMessage
    error: str
    attempts: int


DEAD_LETTERED = "dead_lettered"


async def open_dead_letters(session: AsyncSession, inbox: Table, group_id: str) -> int:
    """How many of the group's events are dead-lettered and not yet re-driven or discarded."""
    return (
        await session.scalar(
            select(func.count()).where(inbox.c.consumer_group == group_id, inbox.c.outcome == DEAD_LETTERED)
        )
        or 0
    )


async def applied_positions(session: AsyncSession, inbox: Table, group_id: str) -> dict[tuple[str, int], int]:
    """The highest offset of each (topic, partition) the group has applied (or dead-lettered).

    A partition is consumed in order, so every event before that offset was applied too: this is
    where the group must go on from when its database is restored from a backup."""
    rows = await session.execute(
        select(inbox.c.topic, inbox.c.partition, func.max(inbox.c.offset))
        .where(inbox.c.consumer_group == group_id)
        .group_by(inbox.c.topic, inbox.c.partition)
    )
    return {(topic, partition): offset for topic, partition, offset in rows}


class InboxConsumer:
    """One member of a service's consumer group, dispatching events to handlers by type."""

    def __init__(
        self,
        *,
        service: str,
        group_id: str,
        topics: Sequence[str],
        bus: EventBus,
        sessionmaker: async_sessionmaker[AsyncSession],
        inbox: Table,
        handlers: Mapping[str, Handler],
        max_attempts: int = 5,
        backoff_seconds: float = 0.05,
        batch_size: int = 500,
        poll_seconds: float = 0.5,
    ) -> None:
        self.service = service
        self.group_id = group_id
        self.topics = list(topics)
        self.bus = bus
        self.sessionmaker = sessionmaker
        self.inbox = inbox
        self.handlers = handlers
        self.max_attempts = max_attempts
        self.backoff_seconds = backoff_seconds
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until `stop` is set; the batch in hand is finished and committed first."""
        subscription = self.bus.subscribe(group_id=self.group_id, topics=self.topics)
        await subscription.start()
        try:
            while not stop.is_set():
                messages = await subscription.poll(max_records=self.batch_size, timeout_seconds=self.poll_seconds)
                if not messages:
                    continue
                try:
                    await self.apply(messages)
                except Exception:
                    # The database or the bus failed (not a handler): deliver the batch again.
                    log.exception("consumer batch failed; it will be delivered again", group=self.group_id)
                    await subscription.rewind(messages)
                    await sleep_unless(stop, 1.0)
                    continue
                await subscription.commit(messages)
        finally:
            await subscription.stop()

    async def apply(self, messages: Sequence[ReceivedMessage]) -> None:
        """Apply a batch in one transaction: handler effects, inbox rows and dead letters."""
        try:
            inbox_rows = await self._apply_batch(messages, isolate_failures=False)
        except _HandlerFailed:
            inbox_rows = await self._apply_batch(messages, isolate_failures=True)
        for row in inbox_rows:
            EVENTS_HANDLED.labels(self.service, self.group_id, str(row["event_type"]), str(row["outcome"])).inc()

    async def _apply_batch(
        self, messages: Sequence[ReceivedMessage], *, isolate_failures: bool
    ) -> list[dict[str, object]]:
        failures: list[_Failure] = []
        inbox_rows: list[dict[str, object]] = []
        async with self.sessionmaker() as session, session.begin():
            events: list[tuple[ReceivedMessage, CloudEvent]] = []
            for message in messages:
                try:
                    events.append((message, CloudEvent.from_bus_message(value=message.value, headers=message.headers)))
                except ValueError as error:  # not even an event: no retry can help
                    failures.append(_Failure(message, str(error), attempts=1))
            done = await self._already_in_inbox(session, [event.id for _, event in events])
            pending: list[tuple[ReceivedMessage, CloudEvent]] = []
            for message, event in events:
                if event.type not in self.handlers or event.id in done:
                    EVENTS_HANDLED.labels(self.service, self.group_id, event.type, "skipped").inc()
                    continue
                done.add(event.id)
                pending.append((message, event))
            errors = (
                await self._handle_isolated(session, pending)
                if isolate_failures
                else await self._handle_runs(session, pending)
            )
            for (message, event), (failure, attempts) in zip(pending, errors, strict=True):
                if failure is not None:
                    failures.append(_Failure(message, failure, attempts))
                inbox_rows.append(
                    {
                        "consumer_group": self.group_id,
                        "event_id": event.id,
                        "event_type": event.type,
                        "topic": message.topic,
                        "partition": message.partition,
                        "offset": message.offset,
                        "event_time": event.time,
                        "processed_at": utcnow(),
                        "outcome": "processed" if failure is None else DEAD_LETTERED,
                        "error": failure,
                    }
                )
            if inbox_rows:
                await session.execute(insert(self.inbox), inbox_rows)
            if failures:
                # Published before the commit: a crash in between sends a second dead letter,
                # never none.
                await self.bus.publish([self._dead_letter(f) for f in failures])
        return inbox_rows

    async def _already_in_inbox(self, session: AsyncSession, event_ids: list[str]) -> set[str]:
        if not event_ids:
            return set()
        found = await session.scalars(
            select(self.inbox.c.event_id).where(
                self.inbox.c.consumer_group == self.group_id, self.inbox.c.event_id.in_(event_ids)
            )
        )
        return set(found)

    async def _handle_runs(
        self, session: AsyncSession, pending: list[tuple[ReceivedMessage, CloudEvent]]
    ) -> list[tuple[str | None, int]]:
        """Fast path: each run of same-type events in one call, no savepoints; any failure aborts."""
        start = 0
        while start < len(pending):
            event_type = pending[start][1].type
            end = start
            while end < len(pending) and pending[end][1].type == event_type:
                end += 1
            run = [event for _, event in pending[start:end]]
            try:
                with self._handling(run), caused_by(run):
                    await self.handlers[event_type](session, run)
            except CauseUnclear as unclear:
                log.info("run applied again one event at a time", reason=str(unclear), group=self.group_id)
                raise _HandlerFailed from unclear
            except Exception as failure:
                raise _HandlerFailed from failure  # roll back; isolate it on the second pass
            start = end
        return [(None, 1)] * len(pending)

    async def _handle_isolated(
        self, session: AsyncSession, pending: list[tuple[ReceivedMessage, CloudEvent]]
    ) -> list[tuple[str | None, int]]:
        """Slow path: one event at a time, each in a SAVEPOINT, with retries."""
        return [await self._handle_one(session, event) for _, event in pending]

    async def _handle_one(self, session: AsyncSession, event: CloudEvent) -> tuple[str | None, int]:
        """Run one event's handler with retries; returns (last error or None, attempts made)."""
        error = None
        for attempt in range(1, self.max_attempts + 1):
            with self._handling([event]):
                try:
                    async with session.begin_nested():
                        with caused_by([event]):
                            await self.handlers[event.type](session, [event])
                    return None, attempt
                except Exception as failure:  # a handler's failure must not stop the stream
                    error = f"{type(failure).__name__}: {failure}"
                    tracing.failed(failure)
                    log.warning("handler failed", attempt=attempt, error=error)
            if attempt < self.max_attempts:
                EVENTS_RETRIED.labels(self.service, self.group_id, event.type).inc()
                await asyncio.sleep(self.backoff_seconds * 2 ** (attempt - 1))
        return error, self.max_attempts

    @contextmanager
    def _handling(self, events: Sequence[CloudEvent]) -> Iterator[None]:
        """Logs within name the consumer group and the event, and (while tracing is on) a span
        continues the trace of the run's first event, linked to the others' (a span has one parent)."""
        first = events[0]
        fields = {"consumer_group": self.group_id, "event_type": first.type}
        if len(events) == 1:
            fields["event_id"] = first.id
        with structlog.contextvars.bound_contextvars(**fields):
            if tracing.provider_for(self.service) is None:
                yield
                return
            with tracing.tracer(self.service).start_as_current_span(
                f"process {first.type}",
                context=tracing.context_of(first.traceparent),
                kind=SpanKind.CONSUMER,
                links=tracing.links_to(e.traceparent for e in events[1:]),
                attributes={
                    "messaging.consumer.group.name": self.group_id,
                    "messaging.batch.message_count": len(events),
                },
            ):
                yield

    def _dead_letter(self, failure: _Failure) -> BusMessage:
        m = failure.message
        headers = [
            *m.headers,
            ("dlq_error", failure.error[:2000].encode()),
            ("dlq_consumer_group", self.group_id.encode()),
            ("dlq_attempts", str(failure.attempts).encode()),
            ("dlq_original_topic", m.topic.encode()),
            ("dlq_original_partition", str(m.partition).encode()),
            ("dlq_original_offset", str(m.offset).encode()),
        ]
        return BusMessage(topic=dead_letter_topic(m.topic), key=m.key, value=m.value, headers=headers)
