"""Every query of dead letters: the inbox rows and resolutions in the service's database, and the
dead letters themselves on the bus."""

import time
import uuid
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Table, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from shared.bus.base import EventBus, ReceivedMessage
from shared.messaging.inbox import DEAD_LETTERED
from shared.messaging.tables import Resolution
from shared.repository import rows_changed, where_given

# The inbox outcomes a dead letter moves to (from DEAD_LETTERED) when it is re-driven or discarded.
PROCESSED, DISCARDED = "processed", "discarded"
_READ_SECONDS = 10  # how long a reader that receives nothing more waits before it gives up


class DeadLetterRepository:
    """A consumer group's dead letters in its inbox, and their resolutions."""

    def __init__(self, session: AsyncSession, *, inbox: Table, resolutions: Table, group_id: str) -> None:
        self.session, self.inbox, self.resolutions, self.group_id = session, inbox, resolutions, group_id

    async def open_letters(
        self, *, event_id: str | None = None, event_type: str | None = None, topic: str | None = None
    ) -> Sequence[Row[Any]]:
        """The group's open dead letters, in the order the bus delivered them."""
        inbox = self.inbox
        statement = where_given(
            select(inbox).where(inbox.c.consumer_group == self.group_id, inbox.c.outcome == DEAD_LETTERED),
            (inbox.c.event_id, event_id),
            (inbox.c.event_type, event_type),
            (inbox.c.topic, topic),
        ).order_by(inbox.c.topic, inbox.c.partition, inbox.c.offset)
        return (await self.session.execute(statement)).all()

    async def inbox_row(self, event_id: str) -> Row[Any] | None:
        """The event's inbox row, whatever its outcome."""
        inbox = self.inbox
        statement = select(inbox).where(inbox.c.consumer_group == self.group_id, inbox.c.event_id == event_id)
        return (await self.session.execute(statement)).one_or_none()

    async def claim(self, event_id: str, *, outcome: str) -> bool:
        """Move an open dead letter to `outcome`; False when it is no longer open.

        The update is conditional on the row still being dead-lettered, so of two concurrent
        claims one changes the row and the other (which waits for its lock) changes nothing."""
        inbox = self.inbox
        statement = (
            update(inbox)
            .where(
                inbox.c.consumer_group == self.group_id,
                inbox.c.event_id == event_id,
                inbox.c.outcome == DEAD_LETTERED,
            )
            .values(outcome=outcome)
        )
        return await rows_changed(self.session, statement) == 1

    async def record_resolution(
        self,
        *,
        event_id: str,
        event_type: str,
        resolution: Resolution,
        resolved_by: str,
        resolved_at: datetime,
        reason: str | None,
    ) -> None:
        await self.session.execute(
            insert(self.resolutions).values(
                consumer_group=self.group_id,
                event_id=event_id,
                event_type=event_type,
                resolution=resolution,
                resolved_by=resolved_by,
                resolved_at=resolved_at,
                reason=reason,
            )
        )

    async def resolutions_of(self, event_id: str) -> Sequence[Row[Any]]:
        """What operators did with the event's dead letter, oldest first."""
        resolutions = self.resolutions
        statement = (
            select(resolutions)
            .where(resolutions.c.consumer_group == self.group_id, resolutions.c.event_id == event_id)
            .order_by(resolutions.c.id)
        )
        return (await self.session.execute(statement)).all()


async def dead_letter_messages(
    bus: EventBus, *, group_id: str, topics: Sequence[str], wanted: Collection[str]
) -> dict[str, ReceivedMessage]:
    """The dead letters of `wanted` events that `group_id` published on `topics` (DLQ topics), by
    event id, read from the topics' start until each is found or the topics are read to their end.

    The bus has no read without a consumer group, so a throwaway group reads: it commits nothing,
    so both backends start it at the beginning, and neither keeps it once it stops (Kafka drops a
    group without members or offsets)."""
    if not wanted:
        return {}
    reader = f"{group_id}.dead-letter-reader.{uuid.uuid4().hex}"
    # With nothing committed, the reader's lag is every message the topics hold now: read that many.
    expected = await bus.lag(group_id=reader, topics=topics)
    if not expected:
        return {}
    subscription = bus.subscribe(group_id=reader, topics=topics)
    await subscription.start()
    found: dict[str, ReceivedMessage] = {}
    read = 0
    deadline = time.monotonic() + _READ_SECONDS
    try:
        while not set(wanted) <= found.keys() and read < expected:
            messages = await subscription.poll(max_records=500, timeout_seconds=0.5)
            if not messages and time.monotonic() > deadline:
                break  # the lag counted messages the reader is not given (it should not happen): stop
            if messages:
                read, deadline = read + len(messages), time.monotonic() + _READ_SECONDS
            for message in messages:
                headers = dict(message.headers)
                event_id = headers.get("ce_id")
                if event_id is not None and headers.get("dlq_consumer_group") == group_id.encode():
                    found.setdefault(event_id.decode(), message)
    finally:
        await subscription.stop()
    return found
