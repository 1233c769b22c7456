"""Deciding one claim as the contributions grow: p50 and p99 of `POST /claims` on PostgreSQL (the
claimant's records read from the database, the rulebook, the claim and its benefit stored and
committed, as the API does it) with 1 M and 10 M contribution rows in the table, loaded by COPY.

Every person has the same five years of months, so the table grows by people, as a province's does:
one claimant's record is the same size at every size and only the table around it grows. The sizes
are loaded one after another into one database (the second adds to the first); each is measured
with claimants drawn at random from everyone loaded so far."""

import asyncio
import math
import os
import random
import time
from datetime import UTC, date, datetime
from decimal import Decimal

import asyncpg
import httpx
from sqlalchemy import insert

from bench.common import (
    CONTRIBUTION_COLUMNS,
    employer_tax_code,
    national_id,
    report,
    scratch_database,
    service_in_process,
)
from services.social_insurance.contributions.repository import ContributionPartitions
from services.social_insurance.models import Termination, UnemploymentRegistration
from services.social_insurance.rules.dates import months_back
from services.social_insurance.service import definition
from services.social_insurance.settings import SocialInsuranceSettings
from shared.db import create_engine, create_sessionmaker
from shared.migrations import upgrade_to_head

SIZES = [int(size) for size in os.environ.get("BENCH_GROWTH_SIZES", "1000000,10000000").split(",")]
CLAIMS = int(os.environ.get("BENCH_GROWTH_CLAIMS", "500"))  # measured per size, after WARM_UP more
WARM_UP = 20
LAST_DAY = date(2025, 12, 31)
MONTHS = months_back(LAST_DAY, 60)
_COPY_BATCH = 200_000  # rows per COPY: the generated rows of one batch are held in memory at once


def _rows(first_person: int, last_person: int) -> list[tuple[object, ...]]:
    """Every month of people first..last-1, as the import would have written them."""
    salary, now = Decimal(9_000_000), datetime.now(UTC)
    shares = (Decimal(720_000), Decimal(1_260_000), Decimal(90_000), Decimal(405_000))
    days = [(date(int(m[:4]), int(m[5:]), 28), date(int(m[:4]), int(m[5:]), 20)) for m in MONTHS]
    return [
        (national_id(n), employer_tax_code(n), month, salary, *shares, due, paid, "bench", now)
        for n in range(first_person, last_person)
        for month, (due, paid) in zip(MONTHS, days, strict=True)
    ]


async def _load(dsn: str, first_person: int, last_person: int) -> None:
    """COPY the months of people first..last-1 into the contributions (each batch its own transaction)."""
    connection = await asyncpg.connect(dsn)
    try:
        per_batch = _COPY_BATCH // len(MONTHS)
        for first in range(first_person, last_person, per_batch):
            records = _rows(first, min(first + per_batch, last_person))
            await connection.copy_records_to_table("contributions", records=records, columns=CONTRIBUTION_COLUMNS)
        # What autovacuum does after a load this size: the planner's statistics and the visibility map.
        await connection.execute("VACUUM ANALYZE contributions")
    finally:
        await connection.close()


async def _claimants(database_url: str, people: list[int]) -> None:
    """Each of these people's termination on LAST_DAY and their registration as unemployed."""
    engine = create_engine(database_url)
    async with engine.begin() as connection:
        await connection.execute(
            insert(Termination),
            [
                {
                    "termination_id": n + 1,
                    "version": 1,
                    "national_id": national_id(n),
                    "full_name": f"Worker {n}",
                    "jurisdiction": "VN",
                    "employer_tax_code": employer_tax_code(n),
                    "employer_name": "Factory",
                    "employer_province": "Hồ Chí Minh",
                    "wage_region": "I",
                    "state_paid": False,
                    "contract_type": "indefinite",
                    "contract_start": date(2020, 1, 1),
                    "insured_monthly_salary": Decimal(9_000_000),
                    "last_working_day": LAST_DAY,
                    "reason": "employer_termination",
                    "reported_on": date(2026, 1, 2),
                }
                for n in people
            ],
        )
        await connection.execute(
            insert(UnemploymentRegistration),
            [
                {
                    "registration_id": n + 1,
                    "national_id": national_id(n),
                    "full_name": f"Worker {n}",
                    "centre_code": "HCM-TP",
                    "province": "Hồ Chí Minh",
                    "district": "Tân Phú",
                    "registered_on": date(2026, 1, 5),
                }
                for n in people
            ],
        )
    await engine.dispose()


async def _decide(client: httpx.AsyncClient, people: list[int]) -> list[float]:
    """Milliseconds each of these people's claim took, one claim at a time."""
    took = []
    for n in people:
        started = time.perf_counter()
        response = await client.post("/claims", json={"national_id": national_id(n), "filed_on": "2026-01-10"})
        took.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 201, response.text[:500]
    return took


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return round(ordered[max(0, math.ceil(fraction * len(ordered)) - 1)], 2)


async def main() -> None:
    """Load each size, decide CLAIMS claims one at a time at it, and print one JSON line."""
    rng = random.Random(17)
    claimed: set[int] = set()
    figures: dict[str, dict[str, float]] = {}
    async with scratch_database() as database_url:
        await asyncio.to_thread(upgrade_to_head, definition, database_url)
        engine = create_engine(database_url)
        async with create_sessionmaker(engine)() as session:
            await ContributionPartitions(session).add(MONTHS)  # the months exist before their reports come
            await session.commit()
        await engine.dispose()
        dsn = database_url.replace("postgresql+asyncpg://", "postgresql://", 1)
        async with service_in_process(definition, SocialInsuranceSettings, database_url) as client:
            people = 0
            for size in SIZES:
                started = time.perf_counter()
                await _load(dsn, people, size // len(MONTHS))
                load_seconds = time.perf_counter() - started
                people = size // len(MONTHS)
                chosen = rng.sample(sorted(set(range(people)) - claimed), WARM_UP + CLAIMS)
                claimed.update(chosen)
                await _claimants(database_url, chosen)
                await _decide(client, chosen[:WARM_UP])
                took = await _decide(client, chosen[WARM_UP:])
                figures[str(people * len(MONTHS))] = {
                    "p50_ms": _percentile(took, 0.5),
                    "p99_ms": _percentile(took, 0.99),
                    "load_seconds": round(load_seconds, 1),
                }
    p99s = [f["p99_ms"] for f in figures.values()]
    report(
        benchmark="claim_growth",
        database="postgresql",
        cores=os.cpu_count(),
        claims_per_size=CLAIMS,
        months_per_person=len(MONTHS),
        sizes=figures,
        growth=round(p99s[-1] / p99s[0], 2),
    )
