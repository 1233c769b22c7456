"""Reaching the real Kafka broker and PostgreSQL server that `make test` provisions.

Tests marked `kafka` or `postgres` fail, never skip, when the infrastructure is missing:
an integration test that silently does not run proves nothing.
"""

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import pytest
from aiokafka.admin import AIOKafkaAdminClient

KAFKA_BOOTSTRAP_SERVERS = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
# A database on the test server (deploy/local/postgres.sh's unless DATABASE_URL names another);
# each test creates a fresh database of its own beside it.
TEST_DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:15432/postgres")


def _asyncpg_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


def database_url_for(name: str) -> str:
    """The SQLAlchemy URL of database `name` on the test server."""
    base, _, _ = TEST_DATABASE_URL.rpartition("/")
    return f"{base}/{name}"


async def require_kafka() -> None:
    """Fail the test when the broker does not answer."""
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP_SERVERS, request_timeout_ms=5000)
    try:
        await asyncio.wait_for(admin.start(), timeout=15)
        await admin.list_topics()
    except Exception as error:
        pytest.fail(
            f"Kafka is not reachable at {KAFKA_BOOTSTRAP_SERVERS} ({error!r}); "
            "start it with deploy/local/kafka.sh (make test does)",
            pytrace=False,
        )
    finally:
        await admin.close()


async def _maintenance_connection() -> asyncpg.Connection:
    try:
        return await asyncpg.connect(_asyncpg_dsn(TEST_DATABASE_URL), timeout=10)
    except Exception as error:
        pytest.fail(
            f"PostgreSQL is not reachable at {TEST_DATABASE_URL} ({error!r}); "
            "start it with deploy/local/postgres.sh (make test does)",
            pytrace=False,
        )


async def create_postgres_database(template: str | None = None) -> str:
    """Create a database on the test server (optionally a copy of `template`); returns its name."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    connection = await _maintenance_connection()
    try:
        await connection.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    finally:
        await connection.close()
    return name


async def drop_postgres_database(name: str) -> None:
    connection = await _maintenance_connection()
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


@asynccontextmanager
async def fresh_postgres_database(template: str | None = None) -> AsyncIterator[str]:
    """A new database on the test server (optionally a copy of `template`), dropped afterwards."""
    name = await create_postgres_database(template)
    try:
        yield name
    finally:
        await drop_postgres_database(name)
