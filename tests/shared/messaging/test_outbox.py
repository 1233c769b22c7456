"""The transactional outbox and its relay."""

from collections import defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select

from shared.db import utcnow
from shared.events.envelope import CloudEvent
from tests.shared.bus.helpers import receive
from tests.shared.messaging.harness import CaseOpened, Crash, FaultyBus, Harness, cases, tables


async def test_an_event_is_recorded_only_with_its_business_change(harness: Harness) -> None:
    async with harness.sessionmaker() as session, session.begin():
        await session.execute(insert(cases).values(person="p"))
        await harness.outbox.record(session, CaseOpened(person="p", n=1), subject="p")
        await session.rollback()
    assert await harness.scalar(select(func.count()).select_from(tables.outbox)) == 0

    await harness.open_cases(3)
    assert await harness.scalar(select(func.count()).select_from(cases)) == 3
    assert await harness.scalar(select(func.count()).select_from(tables.outbox)) == 3


async def test_the_relay_publishes_cloudevents_keyed_by_person_in_order(harness: Harness) -> None:
    await harness.open_cases(60, people=4)
    relay = harness.relay()
    assert await relay.relay_batch() == 60
    assert await relay.relay_batch() == 0  # marked: nothing published twice
    assert await harness.scalar(select(func.count()).where(tables.outbox.c.published_at.is_(None))) == 0

    reader = harness.bus.subscribe(group_id="check", topics=[harness.stream.topic])
    await reader.start()
    try:
        received = await receive(reader, 60)
    finally:
        await reader.stop()
    numbers: dict[str, list[int]] = defaultdict(list)
    for message in received:
        event = CloudEvent.from_bus_message(value=message.value, headers=message.headers)
        assert event.type == "test.case.opened.v1" and event.source == "/labourlink/test"
        assert message.key == event.subject.encode() == event.data["person"].encode()
        numbers[event.subject].append(event.data["n"])
    assert all(ns == sorted(ns) for ns in numbers.values())
    assert sorted(n for ns in numbers.values() for n in ns) == list(range(60))


async def test_retained_events_can_be_emitted_again_and_purged_after_retention(harness: Harness) -> None:
    await harness.open_cases(5)
    relay = harness.relay()
    await relay.relay_batch()
    assert await relay.reemit(since=utcnow() - timedelta(hours=1)) == 5
    assert await relay.relay_batch() == 5

    assert await relay.purge_published(before=utcnow() - timedelta(days=7)) == 0
    assert await relay.purge_published(before=utcnow() + timedelta(seconds=1)) == 5
    assert await harness.scalar(select(func.count()).select_from(tables.outbox)) == 0


async def test_a_relay_that_dies_after_sending_leaves_the_rows_to_send_again(harness: Harness) -> None:
    await harness.open_cases(10)
    with pytest.raises(Crash):
        await harness.relay(FaultyBus(harness.bus, after_publish=True)).relay_batch()
    assert await harness.scalar(select(func.count()).where(tables.outbox.c.published_at.is_(None))) == 10
    assert await harness.relay().relay_batch() == 10


async def test_the_running_relay_purges_rows_past_retention(harness: Harness) -> None:
    import asyncio

    await harness.open_cases(3)
    relay = harness.relay()
    relay.retention = timedelta(seconds=0)
    relay.purge_every_seconds = 0.1
    stop = asyncio.Event()
    task = asyncio.create_task(relay.run(stop))
    try:
        for _ in range(100):
            await asyncio.sleep(0.1)
            if await harness.scalar(select(func.count()).select_from(tables.outbox)) == 0:
                break
    finally:
        stop.set()
        await task
    assert await harness.scalar(select(func.count()).select_from(tables.outbox)) == 0
