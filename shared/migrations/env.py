"""The Alembic environment every service shares; the service comes in config.attributes."""

import asyncio

from alembic import context
from sqlalchemy import Connection

from shared.db import create_engine
from shared.service import ServiceDefinition

config = context.config
definition: ServiceDefinition = config.attributes["definition"]
database_url: str = config.attributes["database_url"]


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=definition.metadata,
        version_table=definition.version_table,
        compare_type=True,
        render_as_batch=database_url.startswith("sqlite"),  # SQLite alters tables by copying them
        **kwargs,
    )


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


async def _run_online() -> None:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run)
    finally:
        await engine.dispose()


if context.is_offline_mode():
    _configure(url=database_url, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_online())
