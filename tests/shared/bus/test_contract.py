"""The bus contract (shared/bus/base.py), held on the embedded log and on real Kafka alike."""

import asyncio
import time
from collections import defaultdict
from datetime import UTC, datetime

from shared.bus import EventBus
from tests.shared.bus.helpers import message, receive


async def test_messages_with_one_key_arrive_in_the_order_published(bus: EventBus, topic: str) -> None:
    await bus.ensure_topics([topic])
    keys = [f"person-{n}" for n in range(5)]
    for batch in range(4):  # several publishes, keys interleaved within each
        await bus.publish([message(topic, keys[i % 5], f"{batch}:{i:03d}") for i in range(100)])

    subscription = bus.subscribe(group_id=f"{topic}-reader", topics=[topic])
    await subscription.start()
    try:
        received = await receive(subscription, 400)
    finally:
        await subscription.stop()

    assert len(received) == 400
    by_key: dict[bytes, list[str]] = defaultdict(list)
    for m in received:
        by_key[m.key].append(m.value.decode())
    for key, values in by_key.items():
        assert values == sorted(values), f"{key!r} arrived out of order"
        assert len(values) == 80


async def test_what_a_group_did_not_commit_is_delivered_again(bus: EventBus, topic: str) -> None:
    await bus.ensure_topics([topic])
    await bus.publish([message(topic, "p", str(i)) for i in range(10)])
    group = f"{topic}-g"

    first = bus.subscribe(group_id=group, topics=[topic])
    await first.start()
    delivered = await receive(first, 10)
    await first.stop()  # "crashed": nothing committed

    second = bus.subscribe(group_id=group, topics=[topic])
    await second.start()
    again = await receive(second, 10)
    await second.commit(again)
    await second.stop()
    assert sorted(m.value for m in again) == sorted(m.value for m in delivered)

    third = bus.subscribe(group_id=group, topics=[topic])
    await third.start()
    try:
        assert await third.poll(max_records=100, timeout_seconds=2) == []
    finally:
        await third.stop()


async def test_groups_are_independent(bus: EventBus, topic: str) -> None:
    await bus.ensure_topics([topic])
    await bus.publish([message(topic, f"p{i}", str(i)) for i in range(20)])

    done = bus.subscribe(group_id=f"{topic}-a", topics=[topic])
    await done.start()
    await done.commit(await receive(done, 20))
    await done.stop()

    other = bus.subscribe(group_id=f"{topic}-b", topics=[topic])
    await other.start()
    try:
        assert len(await receive(other, 20)) == 20
    finally:
        await other.stop()


async def test_a_group_reset_to_the_beginning_replays_everything(bus: EventBus, topic: str) -> None:
    await bus.ensure_topics([topic])
    await bus.publish([message(topic, f"p{i % 3}", str(i)) for i in range(30)])
    group = f"{topic}-g"
    reader = bus.subscribe(group_id=group, topics=[topic])
    await reader.start()
    await reader.commit(await receive(reader, 30))
    await reader.stop()

    await bus.reset_group(group_id=group, topics=[topic], to_time=None)

    replay = bus.subscribe(group_id=group, topics=[topic])
    await replay.start()
    try:
        assert sorted(int(m.value) for m in await receive(replay, 30)) == list(range(30))
    finally:
        await replay.stop()


async def test_a_group_reset_to_a_time_replays_from_that_time(bus: EventBus, topic: str) -> None:
    await bus.ensure_topics([topic])
    now_ms = int(time.time() * 1000)
    cut = now_ms - 60_000
    await bus.publish([message(topic, f"p{i}", f"old{i}", timestamp_ms=cut - 30_000 + i) for i in range(10)])
    await bus.publish([message(topic, f"p{i}", f"new{i}", timestamp_ms=cut + i) for i in range(10)])
    group = f"{topic}-g"
    reader = bus.subscribe(group_id=group, topics=[topic])
    await reader.start()
    await reader.commit(await receive(reader, 20))
    await reader.stop()

    await bus.reset_group(group_id=group, topics=[topic], to_time=datetime.fromtimestamp(cut / 1000, UTC))

    replay = bus.subscribe(group_id=group, topics=[topic])
    await replay.start()
    try:
        assert sorted(m.value.decode() for m in await receive(replay, 10)) == sorted(f"new{i}" for i in range(10))
    finally:
        await replay.stop()


async def test_publish_keeps_headers_key_and_value(bus: EventBus, topic: str) -> None:
    await bus.ensure_topics([topic])
    await bus.publish([message(topic, "person-1", "payload")])
    reader = bus.subscribe(group_id=f"{topic}-g", topics=[topic])
    await reader.start()
    try:
        (received,) = await receive(reader, 1)
    finally:
        await reader.stop()
    assert (received.key, received.value, received.headers) == (b"person-1", b"payload", [("h", b"v")])
    assert await asyncio.wait_for(bus.ping(), 5) is None
