"""Fixtures shared by the whole suite: a database on each backend and a bus on each backend."""

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from shared.bus import EventBus
from shared.bus.embedded import EmbeddedBus
from shared.bus.kafka import KafkaBus
from tests.databases import MigratedTemplates
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, database_url_for, fresh_postgres_database, require_kafka

# Every process the tests start (apps in this one, the e2e services, the README's system) verifies
# and signs internal credentials with one key set, as a deployment's processes share theirs; a test
# of the credential itself configures its own.
TEST_INTERNAL_TOKEN_KEYS = "test-1:test-internal-key-0123456789abcdefghijklmnopqrstuvwxyz"
os.environ.setdefault("INTERNAL_TOKEN_KEYS", TEST_INTERNAL_TOKEN_KEYS)
# The services started as processes sign their documents (shared/documents/) with this.
os.environ.setdefault("DOCUMENT_SIGNING_KEY", "test-document-key-0123456789abcdefghijklmnopqrstuvwxyz")

DATABASES = [pytest.param("sqlite", id="sqlite"), pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)]
BUSES = [pytest.param("embedded", id="embedded"), pytest.param("kafka", id="kafka", marks=pytest.mark.kafka)]


def on_the_broker(nodeid: str) -> bool:
    """Whether a test uses the Kafka broker, told from its id: all that pytest-xdist's scheduler sees."""
    return "kafka" in nodeid or nodeid.startswith("tests/e2e/")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test marked kafka must say so in its id, so that the scheduler below keeps it with the others."""
    unnamed = [item.nodeid for item in items if item.get_closest_marker("kafka") and not on_the_broker(item.nodeid)]
    if unnamed:
        raise pytest.UsageError(f"tests on Kafka need 'kafka' in their module or parameter id: {unnamed}")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`make test` runs two workers (pytest-xdist); every test on the one Kafka broker runs on the same
    worker, one after another: the services' topics and consumer groups are named as in a deployment,
    and two workers' consumers in one group would split its partitions between them. (xdist's own
    `loadgroup` marks do not reach its scheduler under pytest 9.2, hence a scheduler of ours.)"""
    from xdist.scheduler import LoadScopeScheduling

    class OneWorkerForKafka(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return "kafka" if on_the_broker(nodeid) else nodeid

    return OneWorkerForKafka(config, log)


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
