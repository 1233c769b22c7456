"""Fixtures shared by the whole suite: a database on each backend and a bus on each backend."""

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from shared.bus import EventBus
from shared.bus.embedded import EmbeddedBus
from shared.bus.kafka import KafkaBus
from tests.databases import MigratedTemplates
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, database_url_for, fresh_postgres_database, require_kafka

DATABASES = [pytest.param("sqlite", id="sqlite"), pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)]
BUSES = [pytest.param("embedded", id="embedded"), pytest.param("kafka", id="kafka", marks=pytest.mark.kafka)]


@pytest.fixture(params=DATABASES)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database of its own for the test, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
        return
    async with fresh_postgres_database() as name:
        yield database_url_for(name)


async def make_bus(kind: str, tmp_path: Path) -> EventBus:
    """A started bus of the given kind (embedded: a fresh log file under tmp_path)."""
    if kind == "kafka":
        await require_kafka()
        bus: EventBus = KafkaBus(KAFKA_BOOTSTRAP_SERVERS, partitions=3)
    else:
        bus = EmbeddedBus(str(tmp_path / "bus.db"))
    await bus.start()
    return bus


@pytest.fixture(params=BUSES)
async def bus(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[EventBus]:
    """A bus on each backend."""
    started = await make_bus(request.param, tmp_path)
    try:
        yield started
    finally:
        await started.stop()


@pytest.fixture
def topic() -> str:
    """A topic no other test uses."""
    return f"test.{uuid.uuid4().hex[:12]}"


@pytest.fixture(scope="session")
def migrated_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MigratedTemplates]:
    """Migrated template databases of each service, shared by the session."""
    templates = MigratedTemplates(tmp_path_factory.mktemp("templates"))
    yield templates
    templates.drop_all()
