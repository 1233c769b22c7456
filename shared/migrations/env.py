"""The Alembic environment every service shares; the service comes in config.attributes."""

import asyncio

from alembic import context
from sqlalchemy import Connection, text

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


# Processes of one service (API and worker) start together; one migrates, the others wait.
_MIGRATION_LOCK_KEY = 0x4C4C_0A11


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # SQLite alters a table by copying it, which its foreign keys would refuse while other tables
        # point at it: they are checked once, after the migrations (Alembic's advice for batch mode).
        # On the driver's connection: before SQLAlchemy begins its transaction, in which SQLite ignores it.
        connection.connection.cursor().execute("PRAGMA foreign_keys=OFF")
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_KEY})"))
        context.run_migrations()
        if sqlite and (broken := connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()):
            raise RuntimeError(f"the migrations left rows whose foreign keys point nowhere: {broken[:5]}")


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
