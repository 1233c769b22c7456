"""What a service is made of, declared once and used by the app, the workers and the tools."""

from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from sqlalchemy import MetaData
from sqlalchemy.ext.asyncio import AsyncSession

from shared.events.catalogue import EventStream, dead_letter_topic, stream_of
from shared.messaging.inbox import Handler
from shared.messaging.outbox import Outbox
from shared.messaging.tables import MessagingTables
from shared.settings import ServiceSettings


@dataclass(frozen=True)
class ServiceDefinition:
    """A service: its tables, its event stream, its REST routers and its event handlers."""

    name: str
    title: str
    description: str
    metadata: MetaData
    messaging: MessagingTables
    versions_dir: Path
    stream: EventStream | None = None
    routers: Sequence[APIRouter] = ()
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    # Work the service's workers do on a schedule, each in a transaction of its own (e.g. notices
    # of announced terminations once their day has come); run every PERIODIC_INTERVAL_SECONDS.
    periodic: Mapping[str, Callable[[AsyncSession], Awaitable[object]]] = field(default_factory=dict)
    # The service's own gauges, refreshed with the platform's when /metrics is read.
    observe: Callable[[AsyncSession], Awaitable[None]] | None = None
    settings_class: type[ServiceSettings] = ServiceSettings
    # The gateway's extras: resources opened for the app's lifetime (its upstream clients) and
    # middleware installed when the app is built.
    resources: Callable[[FastAPI], AbstractAsyncContextManager[None]] | None = None
    install: Callable[[FastAPI], None] | None = None
    # Who sent a request, so that two senders' Idempotency-Keys never meet (the gateway: the
    # partner client); None: the service's callers share one space of keys.
    idempotency_scope: Callable[[Request], Awaitable[str | None]] | None = None

    @property
    def consumer_group(self) -> str:
        return f"labourlink.{self.name}"

    @property
    def consumed_topics(self) -> list[str]:
        return sorted({stream_of(event_type).topic for event_type in self.handlers})

    @property
    def topics(self) -> list[str]:
        """Every topic this service touches, dead-letter topics included."""
        own = [self.stream.topic] if self.stream else []
        consumed = self.consumed_topics
        return sorted({*own, *consumed, *(dead_letter_topic(t) for t in consumed)})

    @property
    def version_table(self) -> str:
        return f"alembic_version_{self.name}"


def outbox_of(*, tables: MessagingTables, stream: EventStream) -> Outbox:
    """The outbox a service records its stream's events in."""
    return Outbox(table=tables.outbox, stream=stream)
