"""Alembic, per service: one shared environment, each service its own versions folder and
version table in its own database."""

import asyncio
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection

from shared.db import create_engine
from shared.service import ServiceDefinition

ENVIRONMENT_DIR = Path(__file__).parent


def alembic_config(definition: ServiceDefinition, database_url: str) -> Config:
    """An Alembic configuration for one service's database."""
    config = Config()
    config.set_main_option("script_location", str(ENVIRONMENT_DIR))
    config.set_main_option("version_locations", str(definition.versions_dir))
    config.set_main_option("path_separator", "os")
    config.attributes["definition"] = definition
    config.attributes["database_url"] = database_url
    return config


def upgrade_to_head(definition: ServiceDefinition, database_url: str) -> None:
    """Bring the service's database to the newest migration (run at start)."""
    command.upgrade(alembic_config(definition, database_url), "head")


def make_revision(definition: ServiceDefinition, database_url: str, message: str) -> None:
    """Autogenerate a migration from the difference between the models and the database."""
    command.revision(alembic_config(definition, database_url), message=message, autogenerate=True)


def schema_differences(definition: ServiceDefinition, database_url: str) -> list[object]:
    """What autogenerate would change: empty when models and migrations agree."""

    def compare(connection: Connection) -> list[object]:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "version_table": definition.version_table}
        )
        return list(compare_metadata(context, definition.metadata))

    async def run() -> list[object]:
        engine = create_engine(database_url)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(compare)
        finally:
            await engine.dispose()

    return asyncio.run(run())
