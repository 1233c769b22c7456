"""See, re-drive and discard a consumer's dead letters."""

import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import Connection, Row, Table, event
from sqlalchemy.ext.asyncio import AsyncSession

from shared.bus.base import ReceivedMessage
from shared.db import utcnow
from shared.events.catalogue import dead_letter_topic
from shared.events.envelope import CloudEvent
from shared.messaging.dead_letters.repository import (
    DISCARDED,
    PROCESSED,
    DeadLetterRepository,
    dead_letter_messages,
)
from shared.messaging.dead_letters.schemas import (
    Change,
    DeadLetterDetail,
    DeadLetterRead,
    RedriveOutcome,
    RedriveResult,
    ResolutionRead,
)
from shared.messaging.inbox import DEAD_LETTERED, Handler, InboxConsumer
from shared.messaging.outbox import caused_by
from shared.messaging.tables import Resolution
from shared.problems import Conflict, NotFound
from shared.runtime import ServiceRuntime

_WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([\w.]+)"?', re.IGNORECASE)


class NotOpen(Conflict):
    slug, title = "dead-letter-resolved", "Dead letter already resolved"


@dataclass(frozen=True)
class DeadLetterSource:
    """A consumer whose dead letters these are (its group, topics, bus, database and handlers),
    and the table that keeps what operators did with them."""

    consumer: InboxConsumer
    resolutions: Table

    def repository(self, session: AsyncSession) -> DeadLetterRepository:
        return DeadLetterRepository(
            session, inbox=self.consumer.inbox, resolutions=self.resolutions, group_id=self.consumer.group_id
        )

    async def messages(self, event_ids: Collection[str]) -> dict[str, ReceivedMessage]:
        """The dead letters of these events on the bus, by event id (those it still holds)."""
        return await dead_letter_messages(
            self.consumer.bus,
            group_id=self.consumer.group_id,
            topics=[dead_letter_topic(topic) for topic in self.consumer.topics],
            wanted=event_ids,
        )


def source_of(runtime: ServiceRuntime) -> DeadLetterSource:
    """The dead letters of a service's consumer, as its runtime runs it."""
    return DeadLetterSource(
        consumer=runtime.consumer(), resolutions=runtime.definition.messaging.dead_letter_resolutions
    )


async def list_dead_letters(
    *, source: DeadLetterSource, event_type: str | None = None, topic: str | None = None
) -> list[DeadLetterRead]:
    """The open dead letters, in the order they were consumed."""
    async with source.consumer.sessionmaker() as session:
        rows = await source.repository(session).open_letters(event_type=event_type, topic=topic)
    messages = await source.messages([row.event_id for row in rows])
    return [_read(source, row, messages.get(row.event_id)) for row in rows]


async def show_dead_letter(*, source: DeadLetterSource, event_id: str) -> DeadLetterDetail:
    """One dead letter, open or resolved, with its payload, headers and resolutions."""
    async with source.consumer.sessionmaker() as session:
        repository = source.repository(session)
        row = await repository.inbox_row(event_id)
        resolutions = await repository.resolutions_of(event_id)
    if row is None or (row.outcome != DEAD_LETTERED and not resolutions):
        raise NotFound(f"no dead letter of event {event_id} in {source.consumer.group_id}", event_id=event_id)
    message = (await source.messages([event_id])).get(event_id)
    letter = _read(source, row, message)
    event = _event(message)
    return DeadLetterDetail(
        **letter.model_dump(),
        open=row.outcome == DEAD_LETTERED,
        subject=event.subject if event else None,
        data=event.data if event else None,
        headers={name: value.decode(errors="replace") for name, value in message.headers} if message else {},
        resolutions=[ResolutionRead.model_validate(r, from_attributes=True) for r in resolutions],
    )


async def redrive_dead_letters(
    *,
    source: DeadLetterSource,
    operator: str,
    event_id: str | None = None,
    event_type: str | None = None,
    topic: str | None = None,
    dry_run: bool = False,
) -> list[RedriveResult]:
    """Apply each open dead letter that matches (one, a filter, or all) with the consumer's
    handler, each in a transaction of its own, in the order they were consumed; with `dry_run`,
    in a transaction that is rolled back, reporting the changes it would make."""
    async with source.consumer.sessionmaker() as session:
        rows = await source.repository(session).open_letters(event_id=event_id, event_type=event_type, topic=topic)
    if event_id is not None and not rows:
        await _refuse_closed(source, event_id)
    messages = await source.messages([row.event_id for row in rows])
    results = []
    for row in rows:
        event, handler = _event(messages.get(row.event_id)), source.consumer.handlers.get(row.event_type)
        if event is None:
            results.append(
                RedriveResult(event_id=row.event_id, event_type=row.event_type, outcome=RedriveOutcome.payload_missing)
            )
        elif handler is None:
            error = f"{source.consumer.service} no longer handles {row.event_type}"
            results.append(
                RedriveResult(
                    event_id=row.event_id, event_type=row.event_type, outcome=RedriveOutcome.failed, error=error
                )
            )
        elif dry_run:
            results.append(await _try(source, event, handler))
        else:
            results.append(await _apply(source, event, handler, operator=operator))
    return results


async def discard_dead_letter(*, source: DeadLetterSource, event_id: str, operator: str, reason: str) -> ResolutionRead:
    """Close an open dead letter without applying it; the reason is kept."""
    resolved_at = utcnow()
    async with source.consumer.sessionmaker() as session, session.begin():
        repository = source.repository(session)
        row = await repository.inbox_row(event_id)
        claimed = row is not None and await repository.claim(event_id, outcome=DISCARDED)
        if row is not None and claimed:
            await repository.record_resolution(
                event_id=event_id,
                event_type=row.event_type,
                resolution=Resolution.discarded,
                resolved_by=operator,
                resolved_at=resolved_at,
                reason=reason,
            )
    if not claimed:
        await _refuse_closed(source, event_id)
    return ResolutionRead(resolution=Resolution.discarded, resolved_by=operator, resolved_at=resolved_at, reason=reason)


async def _refuse_closed(source: DeadLetterSource, event_id: str) -> NoReturn:
    """404 when the event was never dead-lettered, 409 when its dead letter is resolved."""
    async with source.consumer.sessionmaker() as session:
        row = await source.repository(session).inbox_row(event_id)
    if row is None or (row.outcome == PROCESSED and not await _was_resolved(source, event_id)):
        raise NotFound(f"no dead letter of event {event_id} in {source.consumer.group_id}", event_id=event_id)
    raise NotOpen(f"the dead letter of event {event_id} is already {row.outcome}", event_id=event_id)


async def _was_resolved(source: DeadLetterSource, event_id: str) -> bool:
    async with source.consumer.sessionmaker() as session:
        return bool(await source.repository(session).resolutions_of(event_id))


async def _apply(source: DeadLetterSource, event: CloudEvent, handler: Handler, *, operator: str) -> RedriveResult:
    """The handler's effects, the inbox row flipped to processed and the resolution, in one transaction."""
    try:
        async with source.consumer.sessionmaker() as session, session.begin():
            repository = source.repository(session)
            # First, before the handler: whoever flips the row applies the event, the other finds it closed.
            if not await repository.claim(event.id, outcome=PROCESSED):
                return RedriveResult(event_id=event.id, event_type=event.type, outcome=RedriveOutcome.not_open)
            # The events it records get the ids the consumer would have given them (a restore repeats them).
            with caused_by([event]):
                await handler(session, [event])
            await repository.record_resolution(
                event_id=event.id,
                event_type=event.type,
                resolution=Resolution.redriven,
                resolved_by=operator,
                resolved_at=utcnow(),
                reason=None,
            )
    except Exception as failure:  # the handler's failure is the answer, as the consumer records it
        return RedriveResult(
            event_id=event.id, event_type=event.type, outcome=RedriveOutcome.failed, error=_error(failure)
        )
    return RedriveResult(event_id=event.id, event_type=event.type, outcome=RedriveOutcome.applied)


async def _try(source: DeadLetterSource, event: CloudEvent, handler: Handler) -> RedriveResult:
    """Run the handler in a transaction that is rolled back; what it wrote, statement by statement."""
    async with source.consumer.sessionmaker() as session:
        await session.begin()
        connection = await session.connection()
        error: str | None = None
        with captured_changes(connection.sync_connection) as changes:
            try:
                await handler(session, [event])
                await session.flush()  # ORM objects the handler added are written, and so seen
            except Exception as failure:
                outcome, error = RedriveOutcome.failed, _error(failure)
            else:
                outcome = RedriveOutcome.would_apply
            finally:
                await session.rollback()
    return RedriveResult(event_id=event.id, event_type=event.type, outcome=outcome, error=error, changes=changes)


@contextmanager
def captured_changes(connection: Connection | None) -> Iterator[list[Change]]:
    """Every INSERT, UPDATE and DELETE run on `connection` while inside, with its row count."""
    assert connection is not None
    changes: list[Change] = []

    def capture(_conn: Any, cursor: Any, statement: str, parameters: Any, _context: Any, executemany: bool) -> None:
        if written := _WRITE.match(statement):
            rows = cursor.rowcount if cursor.rowcount >= 0 else len(parameters) if executemany else 0
            kind = written[1].split()[0].upper()
            changes.append(Change(statement=kind, table=written[2], rows=rows, sql=" ".join(statement.split())))

    event.listen(connection, "after_cursor_execute", capture)
    try:
        yield changes
    finally:
        event.remove(connection, "after_cursor_execute", capture)


def _read(source: DeadLetterSource, row: Row[Any], message: ReceivedMessage | None) -> DeadLetterRead:
    attempts = dict(message.headers).get("dlq_attempts") if message else None
    return DeadLetterRead(
        service=source.consumer.service,
        consumer_group=row.consumer_group,
        event_id=row.event_id,
        event_type=row.event_type,
        topic=row.topic,
        partition=row.partition,
        offset=row.offset,
        event_time=row.event_time,
        dead_lettered_at=row.processed_at,
        attempts=int(attempts) if attempts else None,
        error=row.error,
    )


def _event(message: ReceivedMessage | None) -> CloudEvent | None:
    if message is None:
        return None
    # Only events reach the inbox (and so the list): a message that is none was never listed.
    return CloudEvent.from_bus_message(value=message.value, headers=message.headers)


def _error(failure: Exception) -> str:
    return f"{type(failure).__name__}: {failure}"
