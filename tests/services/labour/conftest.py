from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from services.labour.service import definition
from services.labour.settings import LabourSettings
from shared.app import create_service_app
from shared.events.envelope import CloudEvent
from tests.conftest import DATABASES
from tests.databases import MigratedTemplates, service_database
from tests.services.client import service_client


@pytest.fixture(params=DATABASES)
async def client(request: pytest.FixtureRequest, migrated_templates: MigratedTemplates, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The labour API on a migrated database of its own (SQLite and PostgreSQL); workers off, so
    the events a test causes stay in the outbox where it can read them."""
    async with service_database(migrated_templates, definition, request.param) as database_url:
        settings = LabourSettings(
            database_url=database_url, bus_backend="embedded", embedded_log_path=str(tmp_path / "bus.db"), run_workers=False,
        )
        async with service_client(create_service_app(definition, settings)) as started:
            yield started


async def published(client: httpx.AsyncClient, event_type: str | None = None) -> list[CloudEvent]:
    """The events the service has recorded in its outbox, in order (optionally of one type)."""
    outbox = definition.messaging.outbox
    statement = select(outbox.c.envelope).order_by(outbox.c.seq)
    if event_type is not None:
        statement = statement.where(outbox.c.event_type == event_type)
    async with client._transport.app.state.sessionmaker() as session:  # type: ignore[attr-defined]
        return [CloudEvent.model_validate(row) for row in await session.scalars(statement)]
