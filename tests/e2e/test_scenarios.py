"""End to end: every scenario replayed on real Kafka and PostgreSQL against the four services
running as separate processes (each with its outbox relay and consumer), as a deployment runs
them. Each scenario gets a fresh system, is replayed once, and then replayed again: the second
replay (its event streams and idempotent uploads published and sent again) must change nothing."""

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import httpx
import pytest

from services.registry import SERVICE_NAMES
from shared.bus.kafka import KafkaBus
from shared.scenarios import SCENARIOS, Scenario, ScenarioRunner
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, database_url_for, fresh_postgres_database, require_kafka

pytestmark = [pytest.mark.kafka, pytest.mark.postgres]

ROOT = Path(__file__).resolve().parents[2]
SIGNING_KEY = "e2e-signing-key-0123456789abcdefghijklmnopqrstuvwxyz"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def _ready(url: str, process: subprocess.Popen[bytes], log: Path, timeout_seconds: float = 90) -> None:
    deadline = time.monotonic() + timeout_seconds
    async with httpx.AsyncClient() as http:
        while True:
            if process.poll() is not None:
                pytest.fail(f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if (await http.get(f"{url}/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"{url} never became ready:\n{log.read_text()[-3000:]}")
            await asyncio.sleep(0.3)


@asynccontextmanager
async def services_as_processes(logs: Path) -> AsyncIterator[dict[str, str]]:
    """The four services, each its own process on its own fresh PostgreSQL database, on Kafka."""
    async with AsyncExitStack() as stack:
        ports = {name: _free_port() for name in SERVICE_NAMES}
        urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
        processes: list[subprocess.Popen[bytes]] = []
        stack.callback(_stop, processes)
        for name in SERVICE_NAMES:
            database = await stack.enter_async_context(fresh_postgres_database())
            environment = {
                **os.environ, "DATABASE_URL": database_url_for(database), "BUS_BACKEND": "kafka",
                "KAFKA_BOOTSTRAP_SERVERS": KAFKA_BOOTSTRAP_SERVERS, "TOPIC_PARTITIONS": "3",
                **({f"{other.upper()}_URL": urls[other] for other in SERVICE_NAMES if other != "gateway"} if name == "gateway" else {}),
                **({"TOKEN_SIGNING_KEY": SIGNING_KEY} if name == "gateway" else {}),
            }
            log = logs / f"{name}.log"
            processes.append(subprocess.Popen(
                [sys.executable, "-m", "shared.cli", "serve", "--service", name, "--port", str(ports[name])],
                env=environment, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT))
            await _ready(urls[name], processes[-1], log)
        yield urls


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.mark.parametrize("name", sorted(p.parent.name for p in SCENARIOS.glob("*/scenario.yaml")))
async def test_a_scenario_ends_in_its_expected_state_and_a_second_replay_changes_nothing(name: str, tmp_path: Path) -> None:
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
