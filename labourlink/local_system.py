"""The four services as separate processes on Kafka and PostgreSQL, each with its outbox relay and
consumer, as a deployment runs them: for the end-to-end tests and the pipeline benchmarks."""

import asyncio
import os
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx

from labourlink.run import serve_command
from services.registry import SERVICE_NAMES, load_service
from shared.bus.kafka import KafkaBus

ROOT = Path(__file__).resolve().parents[1]


class SystemDidNotStart(RuntimeError):
    """A service process exited or never became ready; the message ends with its log."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def _ready(url: str, process: subprocess.Popen[bytes], log: Path, timeout_seconds: float = 90) -> None:
    deadline = time.monotonic() + timeout_seconds
    async with httpx.AsyncClient() as http:
        while True:
            if process.poll() is not None:
                raise SystemDidNotStart(f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            try:
                if (await http.get(f"{url}/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise SystemDidNotStart(f"{url} never became ready:\n{log.read_text()[-3000:]}")
            await asyncio.sleep(0.3)


@asynccontextmanager
async def services_as_processes(
    *,
    database_urls: Mapping[str, str],
    kafka_bootstrap_servers: str,
    logs: Path,
    signing_key: str,
    internal_token_keys: str | None = None,
    partitions: int = 3,
) -> AsyncIterator[dict[str, str]]:
    """Start `labourlink serve` for every service on its own database; yields each service's URL.
    Every process verifies (the gateway signs) internal credentials with `internal_token_keys`, by
    default the environment's INTERNAL_TOKEN_KEYS; a caller of the services signs with the same.

    The consumer groups first move to the end of their topics: the topics outlive a system, and a
    fresh system's databases must not receive what an earlier one left unconsumed."""
    keys = internal_token_keys or os.environ.get("INTERNAL_TOKEN_KEYS")
    if not keys:
        raise SystemDidNotStart("give internal_token_keys or set INTERNAL_TOKEN_KEYS: the services answer no one else")
    await skip_earlier_events(kafka_bootstrap_servers)
    ports = {name: free_port() for name in SERVICE_NAMES}
    urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    upstreams = {f"{other.upper()}_URL": urls[other] for other in SERVICE_NAMES if other != "gateway"}
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for name in SERVICE_NAMES:
            environment = {
                **os.environ,
                "DATABASE_URL": database_urls[name],
                "BUS_BACKEND": "kafka",
                "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap_servers,
                "TOPIC_PARTITIONS": str(partitions),
                "INTERNAL_TOKEN_KEYS": keys,
                **({**upstreams, "TOKEN_SIGNING_KEY": signing_key} if name == "gateway" else {}),
            }
            log = logs / f"{name}.log"
            processes.append(
                subprocess.Popen(
                    serve_command(name, "--port", str(ports[name])),
                    env=environment,
                    cwd=ROOT,
                    stdout=log.open("wb"),
                    stderr=subprocess.STDOUT,
                )
            )
            await _ready(urls[name], processes[-1], log)
        yield urls
    finally:
        _stop(processes)


async def skip_earlier_events(kafka_bootstrap_servers: str) -> None:
    """Move every service's consumer group to the end of its topics: the topics outlive a system."""
    bus = KafkaBus(kafka_bootstrap_servers)
    await bus.start()
    try:
        now = datetime.now(UTC)
        for definition in map(load_service, SERVICE_NAMES):
            await bus.reset_group(group_id=definition.consumer_group, topics=definition.consumed_topics, to_time=now)
    finally:
        await bus.stop()


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
