"""Structured logs for every process: one JSON object a line (LOG_FORMAT=json, the default) or
structlog's readable lines for a terminal (LOG_FORMAT=console, what `labourlink run` uses).

Everything goes through structlog's processors, the standard library's loggers too (uvicorn,
httpx, aiokafka, alembic), so every line has the same fields: `timestamp` (UTC, ISO 8601),
`level`, `service`, `event`, `request_id` and `trace_id` where there is one, and the context
bound where it is known (`partner_client`, `event_id`, `event_type`, `consumer_group`). National
IDs are masked wherever they appear in a line."""

import logging
import sys
from collections.abc import Mapping, MutableMapping
from typing import Any

import structlog
from opentelemetry import trace
from structlog.typing import EventDict, Processor, WrappedLogger

from shared.national_id import masked_text
from shared.settings import LogFormat, LogSettings

# Fields every line has, present (null) even where the line was written outside a request.
_ALWAYS = ("request_id", "trace_id")
# Libraries whose routine lines at INFO are noise at start or per request.
_QUIET = {"alembic": logging.WARNING, "httpx": logging.WARNING, "aiokafka": logging.WARNING}


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        return masked_text(value)
    if isinstance(value, Mapping):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return masked_text(str(value))  # an error or any other object: as it would be printed, masked


def mask_national_ids(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
    """Mask every national ID in the line, in the message and in every field (the last processor
    before rendering, so nothing added later escapes it)."""
    return {key: _masked(value) for key, value in event_dict.items()}


def add_trace_context(_: WrappedLogger, __: str, event_dict: EventDict) -> EventDict:
    """The id of the trace the line was written in (the current OpenTelemetry span's)."""
    context = trace.get_current_span().get_span_context()
    if context.is_valid:
        event_dict.setdefault("trace_id", format(context.trace_id, "032x"))
    for name in _ALWAYS:
        event_dict.setdefault(name, None)
    return event_dict


class _StandardError(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a line is written, not when logging was configured
    (a command run in-process, as the tests do, may have swapped it meanwhile)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _: Any) -> None:
        pass


def _adding_service(service: str) -> Processor:
    def add_service(_: WrappedLogger, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
        event_dict.setdefault("service", service)
        return event_dict

    return add_service


def configure_logging(
    level: str | None = None, *, service: str = "labourlink", log_format: LogFormat | None = None
) -> None:
    """Route structlog and the standard library's logging to stderr through one chain of
    processors; level and format from LOG_LEVEL and LOG_FORMAT unless given."""
    settings = LogSettings()
    level = (level or settings.log_level).upper()
    log_format = log_format or settings.log_format
    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _adding_service(service),
        add_trace_context,
    ]
    renderer: Processor = (
        structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
        if log_format is LogFormat.console
        else structlog.processors.JSONRenderer()
    )
    handler = _StandardError()
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.ExtraAdder(), *shared],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                # Tracebacks as text in both formats, so they are masked too (and show no locals).
                structlog.processors.format_exc_info,
                mask_national_ids,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level)
    for name, quiet in _QUIET.items():
        logging.getLogger(name).setLevel(max(quiet, logging.getLevelName(level)))
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        # uvicorn's own handlers would print a second, unstructured line.
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True
    structlog.configure(
        processors=[
            structlog.stdlib.filter_by_level,
            *shared,
            structlog.processors.StackInfoRenderer(),
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        # Not cached: a process configures its logging again once it knows its service (labourlink serve).
        cache_logger_on_first_use=False,
    )
