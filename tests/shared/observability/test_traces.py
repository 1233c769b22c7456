"""One trace follows a termination from the partner's POST at the gateway, through labour and its
database, the outbox and the bus, to social insurance issuing the continuation notice."""

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
import structlog
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from services.gateway.partners.schemas import AgencyCreate
from services.gateway.partners.service import enrol_client
from services.gateway.service import definition as gateway
from services.labour.service import definition as labour
from services.social_insurance.service import definition as social_insurance
from shared.events.social_insurance import ContinuationNoticeIssued
from shared.logging import configure_logging
from shared.settings import LogFormat
from shared.tracing import configure_tracing, stop_tracing
from tests.databases import MigratedTemplates
from tests.services import support
from tests.services.gateway.conftest import SIGNING_KEY, UPSTREAM_URLS
from tests.services.labour import builders
from tests.shared.observability.traffic import termination_report


@pytest.fixture
def json_logs(capsys: pytest.CaptureFixture[str]) -> Iterator[Callable[[], list[dict[str, Any]]]]:
    """The process's log lines as JSON objects."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    configure_logging("INFO", log_format=LogFormat.json)
    yield lambda: [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    root.handlers, root.level = handlers, level
    structlog.reset_defaults()


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    configure_tracing(exporter=exporter)
    yield exporter
    stop_tracing()


@pytest.fixture
async def system(
    spans: InMemorySpanExporter, migrated_templates: MigratedTemplates, tmp_path: Path
) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """Labour and social insurance with their workers on one embedded log, the gateway before them."""
    async with AsyncExitStack() as stack:
        clients = {
            d.name: await stack.enter_async_context(
                support.app_client(d, migrated_templates, "sqlite", tmp_path, run_workers=True)
            )
            for d in (labour, social_insurance)
        }
        transports = {name: httpx.ASGITransport(app=c._transport.app) for name, c in clients.items()}  # type: ignore[attr-defined]
        (tmp_path / "gateway").mkdir()
        clients["gateway"] = await stack.enter_async_context(
            support.app_client(
                gateway,
                migrated_templates,
                "sqlite",
                tmp_path / "gateway",
                state={"upstream_transports": transports},
                token_signing_key=SIGNING_KEY,
                **UPSTREAM_URLS,
            )
        )
        yield clients


async def _notice_published(client: httpx.AsyncClient) -> None:
    deadline = time.monotonic() + 30
    while not await support.published(client, social_insurance, ContinuationNoticeIssued.event_type):
        assert time.monotonic() < deadline, "no continuation notice was issued"
        await asyncio.sleep(0.05)


async def test_one_trace_spans_a_termination_from_the_gateway_to_the_continuation_notice(
    json_logs: Callable[[], list[dict[str, Any]]], system: dict[str, httpx.AsyncClient], spans: InMemorySpanExporter
) -> None:
    case = await builders.employment(system["labour"])
    async with support.sessionmaker_of(system["gateway"])() as session:
        key = await enrol_client(
            session=session,
            agency=AgencyCreate(code="HCM-C10", name="centre", kind="labour"),
            client_id="centre-10",
            client_name="centre-10",
            scopes=["terminations:write"],
            credential_kind="api_key",
        )
        await session.commit()
    spans.clear()

    posted = await system["gateway"].post(
        "/v1/terminations",
        json=termination_report(case),
        headers={"X-API-Key": key, "X-Purpose": "termination report", "X-Request-ID": "hcm10-2026-0002"},
    )
    assert posted.status_code == 201, posted.text
    assert posted.headers["X-Request-ID"] == "hcm10-2026-0002"
    await _notice_published(system["social_insurance"])
    (notice,) = await support.published(
        system["social_insurance"], social_insurance, ContinuationNoticeIssued.event_type
    )

    finished: list[ReadableSpan] = list(spans.get_finished_spans())
    (inbound,) = [s for s in finished if s.kind is SpanKind.SERVER and s.name == "POST /v1/{path:path}"]
    trace_id = inbound.context.trace_id
    in_trace = [s for s in finished if s.context.trace_id == trace_id]
    seen = {(s.resource.attributes["service.name"], s.kind, s.name.split(" ")[0]) for s in in_trace}
    assert {
        ("gateway", SpanKind.SERVER, "POST"),  # the partner's call
        ("gateway", SpanKind.CLIENT, "POST"),  # forwarded with httpx
        ("labour", SpanKind.CLIENT, "INSERT"),  # labour's database work
        ("labour", SpanKind.PRODUCER, "publish"),  # its outbox relay
        ("social_insurance", SpanKind.CONSUMER, "process"),  # the handling of the termination
    } <= seen, "\n".join(sorted(map(str, seen)))
    # Labour's inbound request (INTERNAL here: in one process the gateway's client span is current).
    assert any(s.resource.attributes["service.name"] == "labour" and s.name == "POST /terminations" for s in in_trace)
    # The gateway's and labour's log lines of the call share its request id and its trace id.
    handled = {
        line["route"]: line for line in json_logs() if line["event"] == "request_handled" and line["method"] == "POST"
    }
    gateway_line, labour_line = handled["/v1/terminations"], handled["/terminations"]
    for line in (gateway_line, labour_line):
        assert (line["request_id"], line["trace_id"]) == ("hcm10-2026-0002", format(trace_id, "032x"))
    assert gateway_line["partner_client"] == "centre-10"
    # The notice's event carries the same trace on to whoever consumes it.
    assert notice.traceparent is not None and notice.traceparent.split("-")[1] == format(trace_id, "032x")
