"""What the benchmarks share: the infrastructure they run on and how they report."""

import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

KAFKA_BOOTSTRAP_SERVERS = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
SERVER_URL = os.environ.get("DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:15432/postgres")


def report(**figures: object) -> None:
    """Print one benchmark's figures as one JSON line."""
    print(json.dumps(figures), flush=True)


@asynccontextmanager
async def scratch_database() -> AsyncIterator[str]:
    """A new PostgreSQL database for one benchmark run; returns its SQLAlchemy URL."""
    dsn = SERVER_URL.replace("postgresql+asyncpg://", "postgresql://", 1)
    connection = await asyncpg.connect(dsn)
    name = f"bench_{uuid.uuid4().hex[:12]}"
    await connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{SERVER_URL.rpartition('/')[0]}/{name}"
    finally:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.close()
