"""Traces (OpenTelemetry): a partner's call through the gateway, the service's database work, the
outbox row, the bus and the consumer's handling, as one trace.

A process calls `configure_tracing()` once (labourlink serve and worker do): spans are then made,
so logs carry trace ids and calls carry `traceparent`, and they are exported over OTLP/HTTP only
when OTEL_EXPORTER_OTLP_ENDPOINT is set. Without that call (an app built by a test) nothing is
instrumented and a span costs nothing. On the bus the trace travels in the event itself, as the
CloudEvents distributed-tracing extension (shared/events/envelope.py), so it crosses the outbox
and both backends alike."""

from collections.abc import Iterable

import httpx
from fastapi import FastAPI
from opentelemetry import propagate, trace
from opentelemetry.context import Context
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.instrumentation.sqlalchemy.engine import EngineTracer
from opentelemetry.metrics import NoOpMeter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.settings import LogSettings

TRACEPARENT = "traceparent"
_NOT_TRACED = "healthz,readyz,metrics"
_processors: list[SpanProcessor] | None = None  # None: tracing is off in this process
_providers: dict[str, TracerProvider] = {}


def configure_tracing(*, exporter: SpanExporter | None = None) -> None:
    """Make spans in this process; export them to `exporter` (tests), or over OTLP when
    OTEL_EXPORTER_OTLP_ENDPOINT is set, or nowhere (they still give logs their trace ids)."""
    global _processors
    if exporter is not None:
        _processors = [SimpleSpanProcessor(exporter)]
    elif LogSettings().otel_exporter_otlp_endpoint:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        _processors = [BatchSpanProcessor(OTLPSpanExporter())]  # reads the OTEL_EXPORTER_OTLP_* variables
    else:
        _processors = []
    _providers.clear()


def stop_tracing() -> None:
    """Flush what is pending and make no more spans."""
    global _processors
    for provider in _providers.values():
        provider.shutdown()
    _processors = None
    _providers.clear()


def provider_for(service: str) -> TracerProvider | None:
    """The tracer provider of a service (its spans name it); None while tracing is off."""
    if _processors is None:
        return None
    if service not in _providers:
        provider = TracerProvider(resource=Resource.create({"service.name": service}))
        for processor in _processors:
            provider.add_span_processor(processor)
        _providers[service] = provider
    return _providers[service]


def tracer(service: str) -> trace.Tracer:
    """The tracer for a service's own spans (the relay's and the consumer's)."""
    provider = provider_for(service)
    return provider.get_tracer("labourlink") if provider else trace.NoOpTracer()


def instrument_app(app: FastAPI, service: str) -> None:
    """A span for every request the app serves (the caller's trace continued)."""
    if (provider := provider_for(service)) is not None:
        FastAPIInstrumentor.instrument_app(app, tracer_provider=provider, excluded_urls=_NOT_TRACED)


def instrument_engine(engine: AsyncEngine, service: str) -> None:
    """A span for every statement the engine runs."""
    if (provider := provider_for(service)) is not None:
        usage = NoOpMeter("sqlalchemy").create_up_down_counter("db.client.connections.usage")
        EngineTracer(provider.get_tracer("opentelemetry.instrumentation.sqlalchemy"), engine.sync_engine, usage)


def instrument_client(client: httpx.AsyncClient, service: str) -> None:
    """A span for every call the client makes, and `traceparent` on it."""
    if (provider := provider_for(service)) is not None:
        HTTPXClientInstrumentor.instrument_client(client, tracer_provider=provider)


def failed(error: BaseException) -> None:
    """Mark the current span failed with this error (one that is handled, not raised through it)."""
    span = trace.get_current_span()
    span.record_exception(error)
    span.set_status(trace.Status(trace.StatusCode.ERROR, type(error).__name__))


def current_traceparent() -> str | None:
    """The W3C traceparent of the current span, if there is one."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier.get(TRACEPARENT)


def traceparent_of(span: trace.Span) -> str | None:
    """The W3C traceparent that makes a span the parent (None: the span is not recorded)."""
    if not span.get_span_context().is_valid:
        return None
    carrier: dict[str, str] = {}
    propagate.inject(carrier, context=trace.set_span_in_context(span))
    return carrier.get(TRACEPARENT)


def context_of(traceparent: str | None) -> Context | None:
    """The trace context a traceparent continues (None: start a new trace)."""
    return propagate.extract({TRACEPARENT: traceparent}) if traceparent else None


def links_to(traceparents: Iterable[str | None]) -> list[trace.Link]:
    """Links to the spans these traceparents name (a batch's other events)."""
    links = []
    for traceparent in traceparents:
        span = trace.get_current_span(context_of(traceparent))
        if span.get_span_context().is_valid:
            links.append(trace.Link(span.get_span_context()))
    return links
