"""Log lines an operator's collector can read: one JSON object a line with the same fields from
structlog and from the libraries' own loggers, national IDs masked, and readable lines on a terminal."""

import json
import logging
from collections.abc import Iterator

import pytest
import structlog

from shared.logging import configure_logging
from shared.national_id import masked_text
from shared.settings import LogFormat


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers, root.level = handlers, level
    structlog.reset_defaults()
    structlog.contextvars.clear_contextvars()


def _lines(err: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in err.splitlines() if line.strip()]


@pytest.mark.usefixtures("restore_logging")
def test_structlog_and_library_lines_are_json_with_the_same_fields(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", service="labour", log_format=LogFormat.json)
    with structlog.contextvars.bound_contextvars(request_id="r-1", partner_client="tax-check"):
        structlog.get_logger("test").info("termination_recorded", termination_id=7)
        logging.getLogger("uvicorn.error").warning("Finished server process")

    ours, uvicorn = _lines(capsys.readouterr().err)
    for line in (ours, uvicorn):
        assert {"timestamp", "level", "service", "event", "request_id", "trace_id", "partner_client"} <= line.keys()
        assert line["service"] == "labour" and line["request_id"] == "r-1" and line["partner_client"] == "tax-check"
        assert str(line["timestamp"]).endswith("Z")
    assert (ours["event"], ours["level"], ours["termination_id"]) == ("termination_recorded", "info", 7)
    assert (uvicorn["event"], uvicorn["level"]) == ("Finished server process", "warning")


@pytest.mark.usefixtures("restore_logging")
def test_national_ids_are_masked_in_messages_fields_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", service="social_insurance", log_format=LogFormat.json)
    log = structlog.get_logger("test")
    log.warning("no benefit for 079190001234", person={"national_id": "22010219900412345X"}, ids=["079190001234"])
    try:
        raise ValueError("duplicate key (national_id)=(079190001234)")
    except ValueError:
        logging.getLogger("aiokafka").exception("handler failed")

    text = capsys.readouterr().err
    assert "079190001234" not in text and "22010219900412345X" not in text
    warning, error = _lines(text)
    assert warning["event"] == "no benefit for 0791******34"
    assert warning["person"] == {"national_id": "2201************5X"} and warning["ids"] == ["0791******34"]
    assert "0791******34" in str(error["exception"])


def test_masking_leaves_other_numbers_alone() -> None:
    assert masked_text("offset 1234567890123 of 079190001234, amount 21600000.00") == (
        "offset 1234567890123 of 0791******34, amount 21600000.00"
    )
    assert masked_text("trace 4bf92f3577b34da6a3ce929d0e0e4736") == "trace 4bf92f3577b34da6a3ce929d0e0e4736"


@pytest.mark.usefixtures("restore_logging")
def test_console_format_is_for_people(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", service="gateway", log_format=LogFormat.console)
    structlog.get_logger("test").info("gateway_started", port=8000)
    (line,) = capsys.readouterr().err.splitlines()
    assert not line.startswith("{") and "gateway_started" in line and "port=8000" in line


@pytest.mark.usefixtures("restore_logging")
def test_log_format_and_level_come_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOG_FORMAT", "console")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    configure_logging(service="labour")
    structlog.get_logger("test").info("not_shown")
    structlog.get_logger("test").warning("shown")
    (line,) = capsys.readouterr().err.splitlines()
    assert "shown" in line and not line.startswith("{")
