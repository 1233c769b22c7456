"""Replay: publish a file of CloudEvents onto the bus, or move a consumer group back in time.

Integration tests replay event streams this way: write the events as NDJSON (structured-mode
CloudEvents, one a line), publish them, and let the services' consumers apply them. Publishing
the same file twice changes nothing, because every consumer's inbox knows the event ids.
"""

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete

from shared.bus import create_bus
from shared.db import create_engine
from shared.events.catalogue import stream_of
from shared.events.envelope import CloudEvent
from shared.service import ServiceDefinition
from shared.settings import BusSettings, ServiceSettings

_BATCH = 1000


def read_events(path: Path) -> Iterator[CloudEvent]:
    """The events of an NDJSON file; blank lines are allowed."""
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                try:
                    yield CloudEvent.from_json_line(line)
                except ValueError as error:
                    raise ValueError(f"{path}:{number}: not a CloudEvent: {error}") from None


async def publish_file(*, settings: BusSettings, path: Path, topic: str | None = None) -> int:
    """Publish every event of the file, in file order, on its catalogue topic (or `topic`)."""
    bus = create_bus(settings)
    await bus.start()
    published = 0
    try:
        batch = []
        for event in read_events(path):
            batch.append(event.to_bus_message(topic or stream_of(event.type).topic))
            if len(batch) >= _BATCH:
                await bus.publish(batch)
                published += len(batch)
                batch = []
        await bus.publish(batch)
        published += len(batch)
    finally:
        await bus.stop()
    return published


async def reset_consumer_group(
    *, definition: ServiceDefinition, settings: ServiceSettings, to_time: datetime | None, rebuild: bool
) -> int:
    """Move the service's group to the beginning or a time; with `rebuild`, forget the inbox
    records from that point so the handlers apply those events again. Returns records forgotten.

    Stop the service's consumers first, as Kafka requires for an offset reset."""
    bus = create_bus(settings)
    await bus.start()
    try:
        await bus.reset_group(group_id=definition.consumer_group, topics=definition.consumed_topics, to_time=to_time)
    finally:
        await bus.stop()
    if not rebuild:
        return 0
    inbox = definition.messaging.inbox
    condition = inbox.c.consumer_group == definition.consumer_group
    if to_time is not None:
        condition = condition & (inbox.c.event_time >= to_time)
    engine = create_engine(settings.database_url)
    try:
        async with engine.begin() as connection:
            result = await connection.execute(delete(inbox).where(condition))
    finally:
        await engine.dispose()
    return result.rowcount or 0
