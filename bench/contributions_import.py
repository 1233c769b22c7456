"""Employers' monthly contribution reports imported through the social insurance service's REST
endpoint on PostgreSQL (NDJSON files, one person-month a line, each month published): rows/s from
request to committed response, against a baseline in the same run that COPYs the rows the import
wrote into the same tables."""

import asyncio
import os
import time

import orjson

from bench.common import copy_baseline, employer_tax_code, national_id, report, scratch_database, service_in_process
from services.social_insurance.models import Contribution, messaging
from services.social_insurance.service import definition
from services.social_insurance.settings import SocialInsuranceSettings
from shared.migrations import upgrade_to_head

ROWS = int(os.environ.get("BENCH_CONTRIBUTIONS", "1000000"))
# A province's month arrives as many employers' files; the run sends them one after another.
ROWS_PER_FILE = int(os.environ.get("BENCH_CONTRIBUTIONS_PER_FILE", "100000"))
MONTHS = 12  # each person's year
WRITTEN = (Contribution.__tablename__, messaging.outbox.name)


def _file(first: int, last: int) -> bytes:
    """Lines first..last-1: row r is person r // MONTHS's month r % MONTHS of 2025."""
    return b"".join(
        orjson.dumps(
            {
                "national_id": national_id(r // MONTHS),
                "employer_tax_code": employer_tax_code(r // MONTHS),
                "month": f"2025-{r % MONTHS + 1:02d}",
                "insured_salary": "9000000",
                "pension_individual": "720000",
                "pension_employer": "1260000",
                "unemployment": "180000",
                "health": "405000",
                "due_on": f"2025-{r % MONTHS + 1:02d}-28",
                "paid_on": f"2025-{r % MONTHS + 1:02d}-20",
            }
        )
        + b"\n"
        for r in range(first, last)
    )


async def main() -> None:
    """Import ROWS person-months in files of ROWS_PER_FILE and print one JSON line."""
    files = [_file(first, min(first + ROWS_PER_FILE, ROWS)) for first in range(0, ROWS, ROWS_PER_FILE)]
    async with scratch_database() as database_url:
        await asyncio.to_thread(upgrade_to_head, definition, database_url)
        headers = {"content-type": "application/x-ndjson"}
        async with service_in_process(definition, SocialInsuranceSettings, database_url) as client:
            elapsed = 0.0
            for body in files:
                started = time.perf_counter()
                response = await client.post("/contributions/import", content=body, headers=headers, timeout=None)
                elapsed += time.perf_counter() - started
                assert response.status_code == 200, response.text[:500]
                assert response.json()["rejected"] == 0
        copy_seconds, rows = await copy_baseline(database_url, WRITTEN)
    report(
        benchmark="contributions_import",
        rows=ROWS,
        rows_per_file=ROWS_PER_FILE,
        database="postgresql",
        cores=os.cpu_count(),
        rows_per_s=round(ROWS / elapsed),
        seconds=round(elapsed, 2),
        copy_table_rows=rows,
        copy_rows_per_s=round(ROWS / copy_seconds),
        ratio=round(copy_seconds / elapsed, 3),
    )
