"""What service tests share: an app on a migrated database, and reading what it published."""

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from shared.app import create_service_app
from shared.bus.base import ReceivedMessage
from shared.bus.kafka import KafkaBus
from shared.events.envelope import CloudEvent
from shared.service import ServiceDefinition
from tests.conftest import DATABASES
from tests.databases import MigratedTemplates, service_database
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS
from tests.services.client import service_client


@asynccontextmanager
async def app_client(
    definition: ServiceDefinition,
    templates: MigratedTemplates,
    backend: str,
    tmp_path: Path,
    state: dict[str, Any] | None = None,
    **settings: Any,
) -> AsyncIterator[httpx.AsyncClient]:
    """The service's API on a migrated database of its own; workers off unless asked for, so the
    events a test causes stay in the outbox where it can read them. `state` is set on the app
    before it starts."""
    async with service_database(templates, definition, backend) as database_url:
        configured = definition.settings_class(
            **{
                "database_url": database_url,
                "bus_backend": "embedded",
                "embedded_log_path": str(tmp_path / "bus.db"),
                "run_workers": False,
                **settings,
            }
        )
        app = create_service_app(definition, configured)
        for name, value in (state or {}).items():
            setattr(app.state, name, value)
        async with service_client(app) as client:
            yield client


def sessionmaker_of(client: httpx.AsyncClient) -> Any:
    """The app's sessionmaker, to read or write its database directly."""
    return client._transport.app.state.sessionmaker  # type: ignore[attr-defined]


async def published(
    client: httpx.AsyncClient, definition: ServiceDefinition, event_type: str | None = None
) -> list[CloudEvent]:
    """The events the service recorded in its outbox, in order (optionally of one type)."""
    outbox = definition.messaging.outbox
    statement = select(outbox.c.envelope).order_by(outbox.c.seq)
    if event_type is not None:
        statement = statement.where(outbox.c.event_type == event_type)
    async with sessionmaker_of(client)() as session:
        return [CloudEvent.model_validate(row) for row in await session.scalars(statement)]


async def find_on_kafka(
    topic: str,
    wanted: Callable[[CloudEvent], bool],
    *,
    published_since: datetime,
    timeout_seconds: float = 60,
) -> tuple[ReceivedMessage, CloudEvent] | None:
    """The first event on the real broker's topic that `wanted` picks, read by a new consumer group
    placed at `published_since` (when the test began: the broker keeps earlier runs' events, and
    none of them may answer for this one); None when none arrives in time."""
    bus = KafkaBus(KAFKA_BOOTSTRAP_SERVERS)
    await bus.start()
    group = f"test-reader-{time.time_ns()}"
    await bus.reset_group(group_id=group, topics=[topic], to_time=published_since)
    reader = bus.subscribe(group_id=group, topics=[topic])
    await reader.start()
    try:
        deadline = time.monotonic() + timeout_seconds
        while time.monotonic() < deadline:
            for message in await reader.poll(max_records=500, timeout_seconds=1):
                event = CloudEvent.from_bus_message(value=message.value, headers=message.headers)
                if wanted(event):
                    return message, event
        return None
    finally:
        await reader.stop()
        await bus.stop()


def api_client_fixture(definition: ServiceDefinition) -> Any:
    """A `client` fixture: the service's API on SQLite and on PostgreSQL."""

    @pytest.fixture(params=DATABASES)
    async def client(
        request: pytest.FixtureRequest, migrated_templates: MigratedTemplates, tmp_path: Path
    ) -> AsyncIterator[httpx.AsyncClient]:
        async with app_client(definition, migrated_templates, request.param, tmp_path) as started:
            yield started

    client.__doc__ = f"The {definition.title} API on SQLite and on PostgreSQL."
    return client


def set_today(client: httpx.AsyncClient, day: Any) -> None:
    """Make the service act as of `day` (a date, or None for the real date), as TODAY does."""
    client._transport.app.state.runtime.clock.set(day)  # type: ignore[attr-defined]
