"""`labourlink dlq` as the runbook has an operator run it on the embedded system: list, show,
dry-run, re-drive once the handler is fixed, discard with a reason."""

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from labourlink.cli import main
from labourlink.settings import service_settings
from services.job_matching.handlers import HANDLERS
from services.registry import load_service
from shared.bus.base import ReceivedMessage
from shared.events.catalogue import LABOUR
from shared.events.envelope import CloudEvent
from shared.events.labour import UnemploymentRegistered
from shared.migrations import upgrade_to_head
from shared.runtime import ServiceRuntime
from tests.services.incoming import registration


async def broken(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A handler with a bug: it fails every event."""
    raise RuntimeError("the handler is broken")


def dead_letter_registrations(var: Path, national_ids: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Registrations job matching's consumer failed on while its handler was broken; their event ids."""
    definition = load_service("job_matching")
    settings = service_settings("job_matching", var)
    upgrade_to_head(definition, settings.database_url)
    events = [CloudEvent.of(registration(n), source=LABOUR.source, subject=n) for n in national_ids]

    async def consume() -> None:
        runtime = ServiceRuntime(definition, settings)
        await runtime.start(workers=False)
        try:
            messages = [event.to_bus_message(LABOUR.topic) for event in events]
            await runtime.consumer().apply(
                [
                    ReceivedMessage(LABOUR.topic, 0, offset, m.key, m.value, m.headers, timestamp_ms=0)
                    for offset, m in enumerate(messages)
                ]
            )
        finally:
            await runtime.stop()

    with monkeypatch.context() as patched:
        patched.setitem(HANDLERS, UnemploymentRegistered.event_type, broken)
        asyncio.run(consume())
    return [event.id for event in events]


def labourlink(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_an_operator_lists_tries_redrives_and_discards_dead_letters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    var = tmp_path / "var"
    var.mkdir()
    monkeypatch.setenv("CONSUMER_MAX_ATTEMPTS", "2")
    monkeypatch.setenv("CONSUMER_BACKOFF_SECONDS", "0.01")
    fixable, mistaken = dead_letter_registrations(var, ["079190001234", "079190005678"], monkeypatch)
    dlq = ("dlq", "--var", str(var), "--service", "job_matching")

    code, table = labourlink(capsys, *dlq[:1], "list", *dlq[1:])
    assert code == 0
    assert fixable in table and mistaken in table and "RuntimeError: the handler is broken" in table
    assert "2 open dead letters of job_matching" in table

    code, shown = labourlink(capsys, *dlq[:1], "show", *dlq[1:], fixable, "--json")
    assert code == 0 and json.loads(shown)["data"]["national_id"] == "079190001234"

    # The handler is fixed (it is the real one again): the dry run says what it would write.
    code, tried = labourlink(capsys, *dlq[:1], "redrive", *dlq[1:], fixable, "--dry-run", "--json")
    (result,) = json.loads(tried)
    assert code == 0 and result["outcome"] == "would_apply"
    assert "seeker_profiles" in {change["table"] for change in result["changes"]}

    code, redriven = labourlink(capsys, *dlq[:1], "redrive", *dlq[1:], fixable, "--by", "lan")
    assert code == 0 and f"{fixable} {UnemploymentRegistered.event_type}: applied" in redriven
    code, _ = labourlink(capsys, *dlq[:1], "redrive", *dlq[1:], fixable)
    assert code == 1  # already re-driven: refused, applied once

    code, _ = labourlink(capsys, *dlq[:1], "discard", *dlq[1:], mistaken, "--reason", "registered by mistake")
    assert code == 0
    code, listed = labourlink(capsys, *dlq[:1], "list", *dlq[1:], "--json")
    assert code == 0 and json.loads(listed) == []
    code, shown = labourlink(capsys, *dlq[:1], "show", *dlq[1:], mistaken, "--json")
    (resolution,) = json.loads(shown)["resolutions"]
    assert (resolution["resolution"], resolution["reason"]) == ("discarded", "registered by mistake")


def test_redrive_asks_which_letters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["dlq", "redrive", "--var", str(tmp_path), "--service", "job_matching"])
    assert code == 2 and "--all" in capsys.readouterr().err
