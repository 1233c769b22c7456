"""What the benchmarks share: the infrastructure they run on and how they report."""

import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date

import asyncpg
from sqlalchemy import insert

from services.labour.models import Contract, Employer, Worker
from shared.db import create_engine
from tests.services.labour.builders import vn_tax_code

KAFKA_BOOTSTRAP_SERVERS = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
SERVER_URL = os.environ.get("DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:15432/postgres")
WORKERS_PER_EMPLOYER = 2000
PROVINCE, DISTRICT = "Hồ Chí Minh", "Tân Phú"


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
                        "employer_id": n // WORKERS_PER_EMPLOYER + 1,
                        "contract_type": "indefinite",
                        "start_date": date(2020, 1, 1),
                        "insured_monthly_salary": 8_000_000,
                    }
                    for n in batch
                ],
            )
    await engine.dispose()
