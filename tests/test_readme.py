"""The README's commands work as written: the system `make run` starts (here `labourlink run` in a
fresh folder, as the Makefile calls it), then every command of the README's two blocks of commands to try,
pasted into bash as a newcomer would, each one succeeding."""

import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PORTS = (8000, 8001, 8002, 8003)


def readme_commands() -> list[str]:
    """The command lines of the README's `sh` blocks after the set-up one: the calls to try and the
    labourlink commands."""
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)[1:3]
    return [line for block in blocks for line in block.splitlines() if line.strip() and not line.startswith("#")]


def _free(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture
def running_system(tmp_path: Path) -> Iterator[Path]:
    """`make run`'s command in a fresh folder: the four services on the embedded default, with the demo."""
    if busy := [p for p in PORTS if not _free(p)]:
        pytest.fail(f"ports {busy} are taken; the README's system serves on 8000-8003", pytrace=False)
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    log = (tmp_path / "run.log").open("w")
    system = subprocess.Popen(
        [str(ROOT / ".venv/bin/labourlink"), "run", "--var", "var/embedded"],
        cwd=tmp_path,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "LOG_LEVEL": "WARNING"},
    )
    try:
        deadline = time.monotonic() + 240
        while not (tmp_path / "var/embedded/demo-api-key").exists():
            assert system.poll() is None and time.monotonic() < deadline, (tmp_path / "run.log").read_text()[-3000:]
            time.sleep(0.5)
        yield tmp_path
    finally:
        system.terminate()
        system.wait(timeout=60)
        log.close()


def test_the_readme_commands_run_as_pasted_on_a_fresh_system(running_system: Path) -> None:
    commands = readme_commands()
    assert any(c.startswith("curl") for c in commands) and any(c.startswith(".venv/bin/labourlink") for c in commands)
    # As pasted, but a failed HTTP call fails the script (curl alone exits 0 on a 4xx).
    script = 'set -euo pipefail\ncurl() { command curl -sS --fail-with-body "$@"; }\n' + "\n".join(commands) + "\n"
    run = subprocess.run(["bash", "-c", script], cwd=running_system, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert '"sections"' in run.stdout and '"decision"' in run.stdout  # the person record and the claim
    assert '"genuine":true' in run.stdout.replace(" ", "")  # the decision's PDF, checked by anyone
    assert "centre_code" in run.stdout  # the CSV header of the KPI table
    assert "its api key (shown once)" in run.stdout
    assert '"intact": true' in run.stdout
    assert "FAILS" not in run.stdout and "holds" in run.stdout
