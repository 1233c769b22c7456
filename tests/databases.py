"""Per-test databases of a service, migrated once per session and cloned for each test.

PostgreSQL clones with CREATE DATABASE … TEMPLATE; SQLite copies the migrated file.
"""

import asyncio
import shutil
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from shared.migrations import upgrade_to_head
from shared.service import ServiceDefinition
from tests.infrastructure import (
    create_postgres_database,
    database_url_for,
    drop_postgres_database,
    fresh_postgres_database,
)


class MigratedTemplates:
    """One migrated database per (service, backend), made on first use and dropped at the end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._postgres: dict[str, str] = {}

    async def sqlite_copy(self, definition: ServiceDefinition) -> str:
        template = self.folder / f"{definition.name}.template.db"
        if not template.exists():
            await asyncio.to_thread(upgrade_to_head, definition, f"sqlite+aiosqlite:///{template}")
        copy = self.folder / f"{definition.name}-{uuid.uuid4().hex[:8]}.db"
        shutil.copy(template, copy)
        return f"sqlite+aiosqlite:///{copy}"

    async def postgres_template(self, definition: ServiceDefinition) -> str:
        if definition.name not in self._postgres:
            name = await create_postgres_database()
            self._postgres[definition.name] = name
            await asyncio.to_thread(upgrade_to_head, definition, database_url_for(name))
        return self._postgres[definition.name]

    def drop_all(self) -> None:
        async def drop() -> None:
            for name in self._postgres.values():
                await drop_postgres_database(name)

        if self._postgres:
            asyncio.run(drop())


@asynccontextmanager
async def service_database(
    templates: MigratedTemplates, definition: ServiceDefinition, backend: str
) -> AsyncIterator[str]:
    """A migrated database of the service for one test, on `backend` (sqlite or postgres)."""
    if backend == "sqlite":
        yield await templates.sqlite_copy(definition)
        return
    template = await templates.postgres_template(definition)
    async with fresh_postgres_database(template=template) as name:
        yield database_url_for(name)
