from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from services.job_matching.service import definition
from shared.events.envelope import CloudEvent
from tests.conftest import DATABASES
from tests.databases import MigratedTemplates
from tests.services import support


@pytest.fixture(params=DATABASES)
async def client(request: pytest.FixtureRequest, migrated_templates: MigratedTemplates, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The job matching API on SQLite and on PostgreSQL."""
    async with support.app_client(definition, migrated_templates, request.param, tmp_path) as started:
        yield started


async def published(client: httpx.AsyncClient, event_type: str | None = None) -> list[CloudEvent]:
    """What the job matching service recorded in its outbox."""
    return await support.published(client, definition, event_type)
