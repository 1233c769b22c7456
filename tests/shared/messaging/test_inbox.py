"""The idempotent inbox: each event has its effect once, whatever the bus or a crash does."""

import asyncio
import contextlib

from sqlalchemy import func, select

from shared.events.envelope import CloudEvent
from tests.shared.bus.helpers import receive
from tests.shared.messaging.harness import Crash, FaultyBus, Harness, effects, tables


async def _distinct_effects(harness: Harness) -> int:
    return await harness.scalar(select(func.count(func.distinct(effects.c.event_id))))


async def test_each_event_is_applied_once(harness: Harness) -> None:
    await harness.open_cases(300)
    await harness.publish_all()
    await harness.run_until(harness.consumer(group="g"), effects_expected=300)
    assert await harness.effect_count() == await _distinct_effects(harness) == 300
    assert await harness.scalar(select(func.count()).select_from(tables.inbox)) == 300


async def test_a_duplicate_from_a_relay_crash_is_absorbed(harness: Harness) -> None:
    await harness.open_cases(50)
    with contextlib.suppress(Crash):
        await harness.relay(FaultyBus(harness.bus, after_publish=True)).relay_batch()
    assert await harness.relay().relay_batch() == 50  # the same 50 events, on the bus twice

    await harness.run_until(harness.consumer(group="g"), effects_expected=50)
    assert await harness.effect_count() == 50
    assert await harness.dead_lettered() == 0  # the duplicates were absorbed, not failed


async def test_a_crash_between_database_commit_and_offset_commit_has_no_second_effect(harness: Harness) -> None:
    await harness.open_cases(40)
    await harness.publish_all()

    doomed = harness.consumer(group="g", bus=FaultyBus(harness.bus, before_offset_commit=True))
    stop = asyncio.Event()
    with contextlib.suppress(Crash):  # the first batch's effects are committed, its offsets are not
        await doomed.run(stop)
    applied_before_crash = await harness.effect_count()
    assert applied_before_crash > 0

    # The restarted consumer is handed the same events again; the inbox turns them into no-ops,
    # commits past them and goes on with what is published afterwards.
    await harness.run_until(harness.consumer(group="g"), effects_expected=40)
    assert await harness.effect_count() == await _distinct_effects(harness) == 40
    await harness.open_cases(10)
    await harness.publish_all()
    await harness.run_until(harness.consumer(group="g"), effects_expected=50)
    assert await harness.effect_count() == await _distinct_effects(harness) == 50
    assert await harness.dead_lettered() == 0


async def test_a_poison_event_goes_to_the_dead_letter_topic_and_the_rest_go_on(harness: Harness) -> None:
    await harness.open_cases(20)
    await harness.publish_all()

    await harness.run_until(harness.consumer(group="g", poison=7), effects_expected=19)
    assert sorted(await _numbers(harness)) == [n for n in range(20) if n != 7]

    reader = harness.bus.subscribe(group_id="dlq-check", topics=[harness.stream.dead_letter_topic])
    await reader.start()
    try:
        (dead,) = await receive(reader, 1)
    finally:
        await reader.stop()
    headers = dict(dead.headers)
    event = CloudEvent.from_bus_message(value=dead.value, headers=dead.headers)
    assert event.data["n"] == 7
    assert headers["dlq_error"] == b"ValueError: case 7 cannot be handled"
    assert headers["dlq_attempts"] == b"3"
    assert headers["dlq_consumer_group"] == b"g"
    assert headers["dlq_original_topic"] == harness.stream.topic.encode()
    outcome = await harness.scalar(
        select(func.count()).where(tables.inbox.c.outcome == "dead_lettered", tables.inbox.c.event_id == event.id)
    )
    assert outcome == 1


async def _numbers(harness: Harness) -> list[int]:
    async with harness.sessionmaker() as session:
        return list(await session.scalars(select(effects.c.n)))
