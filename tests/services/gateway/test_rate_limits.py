"""Rate limits are counted in the gateway's database: replicas on one database hold each caller to
one limit, and windows that have ended are swept so the table does not grow with traffic."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import select

from services.gateway.access.rate_limits import DatabaseStorage, RateLimits
from services.gateway.models import RateLimitWindow
from services.gateway.service import definition as gateway
from shared.db import create_engine, create_sessionmaker
from shared.problems import TooManyRequests
from tests.conftest import DATABASES
from tests.databases import MigratedTemplates, service_database


@pytest.fixture(params=DATABASES)
async def gateway_database(request: pytest.FixtureRequest, migrated_templates: MigratedTemplates) -> AsyncIterator[str]:
    """A migrated gateway database, on SQLite and on PostgreSQL."""
    async with service_database(migrated_templates, gateway, request.param) as url:
        yield url


@asynccontextmanager
async def replica(database_url: str) -> AsyncIterator[RateLimits]:
    """The rate limits of one gateway replica: its own engine on the shared database."""
    engine = create_engine(database_url)
    try:
        yield RateLimits.in_database(create_sessionmaker(engine))
    finally:
        await engine.dispose()


async def test_replicas_on_one_database_hold_a_caller_to_one_limit(gateway_database: str) -> None:
    async with replica(gateway_database) as first, replica(gateway_database) as second:
        for limits in (first, second, first, second, first):
            await limits.take("centre-app", 5)
        with pytest.raises(TooManyRequests) as refused:
            await second.take("centre-app", 5)
        assert 55 <= refused.value.extensions["retry_after"] <= 60  # when the caller's minute ends
        await first.take("tax-portal", 5)  # each caller has its own allowance


async def test_requests_arriving_at_two_replicas_at_once_are_each_counted(gateway_database: str) -> None:
    async with replica(gateway_database) as first, replica(gateway_database) as second:
        outcomes = await asyncio.gather(
            *(limits.take("centre-app", 10) for limits in [first, second] * 15), return_exceptions=True
        )
    assert sum(outcome is None for outcome in outcomes) == 10
    assert all(isinstance(outcome, TooManyRequests) for outcome in outcomes if outcome is not None)


async def test_windows_that_have_ended_are_swept(gateway_database: str) -> None:
    engine = create_engine(gateway_database)
    try:
        sessionmaker = create_sessionmaker(engine)
        storage = DatabaseStorage(sessionmaker=sessionmaker, sweep_seconds=0)
        await storage.incr("person:079190001234", expiry=0)  # a window that has already ended
        await storage.incr("centre-app", expiry=60)
        async with sessionmaker() as session:
            assert list(await session.scalars(select(RateLimitWindow.key))) == ["centre-app"]
    finally:
        await engine.dispose()
