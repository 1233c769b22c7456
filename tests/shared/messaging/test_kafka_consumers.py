"""Consumer groups on real Kafka and PostgreSQL: rebalances, graceful shutdown, and a consumer
process killed outright. None may lose an event or apply one twice."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shared.events.envelope import CloudEvent
from tests.conftest import make_bus
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, database_url_for, fresh_postgres_database
from tests.shared.bus.helpers import receive
from tests.shared.messaging.harness import CaseOpened, Harness, build_harness, effects, tables

pytestmark = [pytest.mark.kafka, pytest.mark.postgres]
REPO_ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
async def kafka_harness(tmp_path: Path) -> AsyncIterator[tuple[Harness, str]]:
    bus = await make_bus("kafka", tmp_path)
    try:
        async with fresh_postgres_database() as name:
            url = database_url_for(name)
            harness = await build_harness(bus=bus, database_url=url)
            yield harness, url
            await harness.engine.dispose()
    finally:
        await bus.stop()


async def _exactly_once(harness: Harness, expected: int) -> None:
    distinct = await harness.scalar(select(func.count(func.distinct(effects.c.event_id))))
    assert (await harness.effect_count(), distinct) == (expected, expected)


async def _wait_for_effects(harness: Harness, at_least: int, timeout_seconds: float = 60) -> None:
    deadline = time.monotonic() + timeout_seconds
    while await harness.effect_count() < at_least:
        assert time.monotonic() < deadline, f"{await harness.effect_count()} of {at_least} effects"
        await asyncio.sleep(0.05)


async def test_a_rebalance_and_a_graceful_shutdown_lose_and_repeat_nothing(
    kafka_harness: tuple[Harness, str],
) -> None:
    harness, _ = kafka_harness
    await harness.open_cases(1500, people=60)
    await harness.publish_all()

    first_stop, second_stop = asyncio.Event(), asyncio.Event()
    first_consumer = harness.consumer(group="g")
    first_consumer.batch_size = 20
    first = asyncio.create_task(first_consumer.run(first_stop))
    await _wait_for_effects(harness, 100)
    second = asyncio.create_task(harness.consumer(group="g").run(second_stop))  # joins: rebalance
    await _wait_for_effects(harness, 400)
    first_stop.set()  # leaves mid-stream: another rebalance
    await asyncio.wait_for(first, 30)
    await _wait_for_effects(harness, 1500)
    await asyncio.sleep(1)
    second_stop.set()
    await asyncio.wait_for(second, 30)
    await _exactly_once(harness, 1500)


async def test_a_consumer_killed_outright_resumes_without_a_second_effect(
    kafka_harness: tuple[Harness, str],
) -> None:
    harness, database_url = kafka_harness
    await harness.open_cases(3000, people=100)
    await harness.publish_all()
    command = [
        sys.executable,
        "-m",
        "tests.shared.messaging.consumer_process",
        database_url,
        KAFKA_BOOTSTRAP_SERVERS,
        harness.stream.topic,
        "killed",
    ]
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}

    for threshold in (300, 900, 1800):  # kill it three times, mid-stream
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=environment)
        try:
            await _wait_for_effects(harness, threshold)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()
    survivor = subprocess.Popen(command, cwd=REPO_ROOT, env=environment)
    try:
        await _wait_for_effects(harness, 3000, timeout_seconds=120)
        await asyncio.sleep(2)
    finally:
        survivor.terminate()
        survivor.wait(30)
    await _exactly_once(harness, 3000)


async def test_two_relays_publish_each_event_once_and_each_persons_events_in_order(
    kafka_harness: tuple[Harness, str],
) -> None:
    """Two replicas of a service each run a relay over the same outbox while writers go on: the
    advisory lock lets one publish at a time, so nothing leaves twice or overtakes its person's
    earlier events."""
    harness, _ = kafka_harness

    async def writer(w: int) -> None:  # each writer is the only one writing about its people
        for i in range(150):
            person = f"w{w}-p{i % 3}"
            async with harness.sessionmaker() as session, session.begin():
                await harness.outbox.record(session, CaseOpened(person=person, n=w * 1000 + i), subject=person)

    writers_done = asyncio.Event()

    async def relay() -> None:
        running = harness.relay()
        running.batch_size = 7
        unpublished = select(func.count()).where(tables.outbox.c.published_at.is_(None))
        while await running.relay_batch() or not writers_done.is_set() or await harness.scalar(unpublished):
            await asyncio.sleep(0.001)  # 0 also when the other relay holds the lock

    relays = [asyncio.create_task(relay()) for _ in range(2)]
    await asyncio.gather(*(writer(w) for w in range(4)))
    writers_done.set()
    await asyncio.wait_for(asyncio.gather(*relays), 120)

    reader = harness.bus.subscribe(group_id="check", topics=[harness.stream.topic])
    await reader.start()
    try:
        received = await receive(reader, 600)
    finally:
        await reader.stop()
    numbers: dict[str, list[int]] = defaultdict(list)
    for message in received:
        event = CloudEvent.from_bus_message(value=message.value, headers=message.headers)
        numbers[event.subject].append(event.data["n"])
    assert sum(map(len, numbers.values())) == 600  # none twice
    assert {subject: ns for subject, ns in numbers.items() if ns != sorted(set(ns))} == {}
