"""Consumer groups on real Kafka and PostgreSQL: rebalances, graceful shutdown, and a consumer
process killed outright. None may lose an event or apply one twice."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import make_bus
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, database_url_for, fresh_postgres_database
from tests.shared.messaging.harness import Harness, build_harness, effects

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
        sys.executable, "-m", "tests.shared.messaging.consumer_process",
        database_url, KAFKA_BOOTSTRAP_SERVERS, harness.stream.topic, "killed",
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
