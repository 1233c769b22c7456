"""End to end: every scenario replayed on real Kafka and PostgreSQL against the four services
running as separate processes (each with its outbox relay and consumer), as a deployment runs
them. Each scenario gets a fresh system, is replayed once, and then replayed again: the second
replay (its event streams and idempotent uploads published and sent again) must change nothing."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import pytest

from labourlink import local_system
from services.registry import SERVICE_NAMES
from shared.bus.kafka import KafkaBus
from shared.scenarios import SCENARIOS, Scenario, ScenarioRunner
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, database_url_for, fresh_postgres_database, require_kafka

pytestmark = [pytest.mark.kafka, pytest.mark.postgres]

SIGNING_KEY = "e2e-signing-key-0123456789abcdefghijklmnopqrstuvwxyz"


@asynccontextmanager
async def services_as_processes(logs: Path) -> AsyncIterator[dict[str, str]]:
    """The four services, each its own process on its own fresh PostgreSQL database, on Kafka."""
    async with AsyncExitStack() as stack:
        database_urls = {
            name: database_url_for(await stack.enter_async_context(fresh_postgres_database())) for name in SERVICE_NAMES
        }
        async with local_system.services_as_processes(
            database_urls=database_urls,
            kafka_bootstrap_servers=KAFKA_BOOTSTRAP_SERVERS,
            logs=logs,
            signing_key=SIGNING_KEY,
        ) as urls:
            yield urls


@pytest.mark.parametrize("name", sorted(p.parent.name for p in SCENARIOS.glob("*/scenario.yaml")))
async def test_a_scenario_ends_in_its_expected_state_and_a_second_replay_changes_nothing(
    name: str, tmp_path: Path
) -> None:
    await require_kafka()
    scenario = Scenario.load(SCENARIOS / name)
    bus = KafkaBus(KAFKA_BOOTSTRAP_SERVERS)
    await bus.start()
    try:
        async with services_as_processes(tmp_path) as urls:
            runner = ScenarioRunner(urls=urls, bus=bus, timeout_seconds=120)
            first = await runner.run(scenario)
            assert [o for o in first if not o.held] == [], "\n".join(map(str, first))

            await runner.run(scenario, again=True)
            await asyncio.sleep(5)  # time for the consumers to apply whatever the second replay would change
            settled = await runner.check(scenario)
            assert [(o.expectation, o.observed) for o in settled] == [(o.expectation, o.observed) for o in first]
    finally:
        await bus.stop()
