from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import make_bus
from tests.infrastructure import database_url_for, fresh_postgres_database
from tests.shared.messaging.harness import Harness, build_harness

# The embedded default, and production's real Kafka with real PostgreSQL.
STACKS = [
    pytest.param(("embedded", "sqlite"), id="embedded-sqlite"),
    pytest.param(("kafka", "postgres"), id="kafka-postgres", marks=[pytest.mark.kafka, pytest.mark.postgres]),
]


@pytest.fixture(params=STACKS)
async def harness(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Harness]:
    bus_kind, database = request.param
    bus = await make_bus(bus_kind, tmp_path)
    try:
        if database == "sqlite":
            built = await build_harness(bus=bus, database_url=f"sqlite+aiosqlite:///{tmp_path / 'service.db'}")
            yield built
            await built.engine.dispose()
        else:
            async with fresh_postgres_database() as name:
                built = await build_harness(bus=bus, database_url=database_url_for(name))
                yield built
                await built.engine.dispose()
    finally:
        await bus.stop()
