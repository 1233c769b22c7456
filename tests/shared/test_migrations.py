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


async def test_records_about_a_person_written_before_they_named_them_are_given_their_person(database_url: str) -> None:
    """Labour's 0003 names the person on every record about one: rows written before get theirs from the worker."""
    from alembic import command
    from sqlalchemy import text

    from shared.db import create_engine
    from shared.migrations import alembic_config

    definition = load_service("labour")
    await asyncio.to_thread(command.upgrade, alembic_config(definition, database_url), "0002_labour_records")
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            now = "2026-01-01 00:00:00+00:00"
            await connection.execute(
                text(
                    "INSERT INTO employers (id, tax_code, name, jurisdiction, address, province, district, wage_region, sector, state_paid, "
                    f"created_at) VALUES (1, '0301234562', 'A', 'VN', 'x', 'p', 'd', 'I', 's', false, '{now}')"
                )
            )
            await connection.execute(
                text(
                    "INSERT INTO workers (id, national_id, jurisdiction, full_name, birth_date, sex, address, province, district, created_at) "
                    f"VALUES (1, '079190001234', 'VN', 'Lan', '1990-04-12', 'female', 'x', 'p', 'd', '{now}')"
                )
            )
            await connection.execute(
                text(
                    "INSERT INTO contracts (id, worker_id, employer_id, contract_type, start_date, insured_monthly_salary, created_at) "
                    f"VALUES (1, 1, 1, 'indefinite', '2022-01-01', 9000000, '{now}')"
                )
            )
            await connection.execute(
                text(
                    'INSERT INTO terminations (id, contract_id, version, "current", last_working_day, reason, reported_on, reported_late, '
                    f"created_at) VALUES (1, 1, 1, true, '2026-02-27', 'enterprise_closure', '2026-03-02', false, '{now}')"
                )
            )
        await asyncio.to_thread(upgrade_to_head, definition, database_url)
        async with engine.connect() as connection:
            named = (
                await connection.execute(
                    text(
                        "SELECT c.national_id, t.national_id FROM contracts c JOIN terminations t ON t.contract_id = c.id"
                    )
                )
            ).one()
        assert tuple(named) == ("079190001234", "079190001234")
    finally:
        await engine.dispose()


async def test_an_upload_receipt_from_before_kinds_were_enums_still_settles_its_key(database_url: str) -> None:
    """Labour's 0008 stores a receipt's kind by name: a job-search-notices line sent again after it is still known."""
    from alembic import command
    from sqlalchemy import text

    from services.labour.models import UploadKind
    from services.labour.sync.repository import SyncRepository
    from shared.db import create_engine, create_sessionmaker
    from shared.migrations import alembic_config

    definition = load_service("labour")
    await asyncio.to_thread(command.upgrade, alembic_config(definition, database_url), "0006_status_enums")
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO sync_receipts (kind, idempotency_key, content_hash, record_id, received_at) "
                    "VALUES ('job-search-notices', 'HCM-Q10/0001', 'h', 7, '2026-01-01 00:00:00+00:00')"
                )
            )
        await asyncio.to_thread(upgrade_to_head, definition, database_url)
        async with create_sessionmaker(engine)() as session:
            receipts = await SyncRepository(session).receipts(kind=UploadKind.job_search_notices, keys=["HCM-Q10/0001"])
        assert receipts == {"HCM-Q10/0001": ("h", 7)}
    finally:
        await engine.dispose()
