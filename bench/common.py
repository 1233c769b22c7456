"""What the benchmarks share: the infrastructure they run on and how they report."""

import json
import os
import secrets
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import date

import asyncpg
import httpx
from sqlalchemy import insert

from services.labour.models import Contract, Employer, Worker
from shared.app import create_service_app
from shared.db import create_engine
from shared.service import ServiceDefinition
from shared.settings import ServiceSettings
from tests.services.client import service_client
from tests.services.labour.builders import vn_tax_code

KAFKA_BOOTSTRAP_SERVERS = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
SERVER_URL = os.environ.get("DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:15432/postgres")
WORKERS_PER_EMPLOYER = 2000
# The key set the in-process services of a run verify and the benchmark's client signs with.
INTERNAL_TOKEN_KEYS = f"bench-1:{secrets.token_urlsafe(32)}"
PROVINCE, DISTRICT = "Hồ Chí Minh", "Tân Phú"
# The columns of a contribution month as the benchmarks COPY them into social insurance's table.
CONTRIBUTION_COLUMNS = (
    "national_id",
    "employer_tax_code",
    "month",
    "insured_salary",
    "pension_individual",
    "pension_employer",
    "unemployment",
    "health",
    "due_on",
    "paid_on",
    "content_hash",
    "created_at",
)


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


@asynccontextmanager
async def service_in_process(
    definition: ServiceDefinition, settings_type: type[ServiceSettings], database_url: str
) -> AsyncIterator[httpx.AsyncClient]:
    """One service on `database_url` in this process (no workers) and a client carrying the run's
    internal credential."""
    settings = settings_type(
        database_url=database_url,
        bus_backend="embedded",
        embedded_log_path="var/bench/bus.db",
        run_workers=False,
        internal_token_keys=INTERNAL_TOKEN_KEYS,
    )
    async with service_client(create_service_app(definition, settings)) as client:
        yield client


async def copy_baseline(database_url: str, tables: Sequence[str]) -> tuple[float, int]:
    """Seconds to COPY the rows the measured run wrote to `tables` back into them (emptied first),
    in one transaction, and how many rows that was: the floor any bulk path is held against."""
    connection = await asyncpg.connect(database_url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        written = {}
        for table in tables:
            rows = await connection.fetch(f'SELECT * FROM "{table}"')
            written[table] = (list(rows[0].keys()) if rows else [], [tuple(r) for r in rows])
        await connection.execute("TRUNCATE " + ", ".join(f'"{table}"' for table in tables))
        started = time.perf_counter()
        async with connection.transaction():
            for table, (columns, rows) in written.items():
                if rows:
                    await connection.copy_records_to_table(table, records=rows, columns=columns)
        return time.perf_counter() - started, sum(len(rows) for _, rows in written.values())
    finally:
        await connection.close()


def national_id(n: int) -> str:
    """The n-th benchmark worker's national id (a man born in 1990, registered in HCMC)."""
    return f"079090{n:06d}"


def employer_tax_code(n: int) -> str:
    """The tax code of the n-th benchmark worker's employer (a factory of WORKERS_PER_EMPLOYER workers)."""
    return vn_tax_code(n // WORKERS_PER_EMPLOYER)


async def seed_workers_with_contracts(database_url: str, people: int) -> None:
    """Workers 0..people-1 in the labour database, each with an open contract at a factory in wage region I."""
    engine = create_engine(database_url)
    async with engine.begin() as connection:
        await connection.execute(
            insert(Employer),
            [
                {
                    "id": e + 1,
                    "tax_code": vn_tax_code(e),
                    "name": f"Factory {e}",
                    "jurisdiction": "VN",
                    "address": "KCN Tân Bình",
                    "province": PROVINCE,
                    "district": DISTRICT,
                    "wage_region": "I",
                    "sector": "garments",
                    "state_paid": False,
                }
                for e in range(people // WORKERS_PER_EMPLOYER + 1)
            ],
        )
        for first in range(0, people, 10_000):
            batch = range(first, min(first + 10_000, people))
            await connection.execute(
                insert(Worker),
                [
                    {
                        "id": n + 1,
                        "national_id": national_id(n),
                        "jurisdiction": "VN",
                        "full_name": f"Worker {n}",
                        "birth_date": date(1990, 1, 1),
                        "sex": "male",
                        "address": "-",
                        "province": PROVINCE,
                        "district": DISTRICT,
                    }
                    for n in batch
                ],
            )
            await connection.execute(
                insert(Contract),
                [
                    {
                        "id": n + 1,
                        "worker_id": n + 1,
                        "national_id": national_id(n),
                        "employer_id": n // WORKERS_PER_EMPLOYER + 1,
                        "contract_type": "indefinite",
                        "start_date": date(2020, 1, 1),
                        "insured_monthly_salary": 8_000_000,
                    }
                    for n in batch
                ],
            )
    await engine.dispose()
