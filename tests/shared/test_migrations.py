"""Every service's migrations build exactly the tables its models declare, on both databases."""

import asyncio

import pytest

from services.registry import SERVICE_NAMES, load_service
from shared.migrations import schema_differences, upgrade_to_head


@pytest.mark.parametrize("service", SERVICE_NAMES)
async def test_migrations_and_models_agree(service: str, database_url: str) -> None:
    definition = load_service(service)
    await asyncio.to_thread(upgrade_to_head, definition, database_url)
    assert await asyncio.to_thread(schema_differences, definition, database_url) == []
    # Upgrading again is a no-op (a service migrates at every start).
    await asyncio.to_thread(upgrade_to_head, definition, database_url)
