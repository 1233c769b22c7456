"""What service tests share: an app on a migrated database, and reading what it published."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from shared.app import create_service_app
from shared.events.envelope import CloudEvent
from shared.service import ServiceDefinition
from tests.databases import MigratedTemplates, service_database
from tests.services.client import service_client


@asynccontextmanager
async def app_client(
    definition: ServiceDefinition, templates: MigratedTemplates, backend: str, tmp_path: Path, **settings: Any
) -> AsyncIterator[httpx.AsyncClient]:
    """The service's API on a migrated database of its own; workers off unless asked for, so the
    events a test causes stay in the outbox where it can read them."""
    async with service_database(templates, definition, backend) as database_url:
        configured = definition.settings_class(**{
            "database_url": database_url, "bus_backend": "embedded", "embedded_log_path": str(tmp_path / "bus.db"),
            "run_workers": False, **settings,
        })
        async with service_client(create_service_app(definition, configured)) as client:
            yield client


def sessionmaker_of(client: httpx.AsyncClient) -> Any:
    """The app's sessionmaker, to read or write its database directly."""
    return client._transport.app.state.sessionmaker  # type: ignore[attr-defined]


async def published(client: httpx.AsyncClient, definition: ServiceDefinition, event_type: str | None = None) -> list[CloudEvent]:
    """The events the service recorded in its outbox, in order (optionally of one type)."""
    outbox = definition.messaging.outbox
    statement = select(outbox.c.envelope).order_by(outbox.c.seq)
    if event_type is not None:
        statement = statement.where(outbox.c.event_type == event_type)
    async with sessionmaker_of(client)() as session:
        return [CloudEvent.model_validate(row) for row in await session.scalars(statement)]
