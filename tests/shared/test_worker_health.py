"""A worker process (`labourlink worker`) answers its probes and scrapes on HEALTH_PORT: the same
/healthz, /readyz and /metrics as an API, about the worker's own runtime."""

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from shared.settings import ServiceSettings

SERVICE = "job_matching"  # it both relays an outbox and consumes: every worker gauge is set


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def worker(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """`labourlink worker` on the embedded default under a fresh --var, its health server on a free port."""
    port = _unused_port()
    var = tmp_path / "var"
    var.mkdir()
    # The embedded system's settings, not whatever this shell points services at.
    environment = {
        name: value for name, value in os.environ.items() if name.lower() not in ServiceSettings.model_fields
    }
    environment |= {"HEALTH_PORT": str(port), "LOG_LEVEL": "WARNING"}
    log = (tmp_path / "worker.log").open("w")
    command = [sys.executable, "-m", "labourlink", "worker", "--service", SERVICE, "--var", str(var)]
    process = subprocess.Popen(command, env=environment, stdout=log, stderr=subprocess.STDOUT)
    address = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120  # migrations on a fresh SQLite file come first
        while True:
            assert process.poll() is None, (tmp_path / "worker.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "the health server never answered"
            try:
                httpx.get(f"{address}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        yield process, address
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=60)
        log.close()


def test_a_worker_answers_health_readiness_and_its_own_metrics_then_stops_on_sigterm(
    worker: tuple[subprocess.Popen[bytes], str],
) -> None:
    process, address = worker
    health = httpx.get(f"{address}/healthz")
    assert health.status_code == 200 and health.json() == {"status": "ok", "service": SERVICE}
    ready = httpx.get(f"{address}/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "bus": "ok"}
    metrics = httpx.get(f"{address}/metrics")
    assert metrics.status_code == 200
    # Read from the worker's database and bus when scraped: the gauges the lag and outbox alerts watch.
    assert f'labourlink_outbox_pending{{service="{SERVICE}"}} 0.0' in metrics.text
    group = f'consumer_group="labourlink.{SERVICE}"'
    assert f'labourlink_consumer_lag{{{group},partition="0",service="{SERVICE}",topic="labourlink.labour"}} 0.0' in (
        metrics.text
    )
    assert httpx.get(f"{address}/docs").status_code == 404  # probes and scrapes only

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0  # the runtime stopped in order, then the health server
