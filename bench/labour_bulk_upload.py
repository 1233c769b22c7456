"""Bulk upload of terminations (a factory closure's file), through the labour service's REST
endpoint on PostgreSQL: records/s from request to committed response, events in the outbox;
against a baseline in the same run that COPYs the rows the upload wrote into the same tables."""

import asyncio
import os
import time

import orjson

from bench.common import (
    copy_baseline,
    employer_tax_code,
    national_id,
    report,
    scratch_database,
    seed_workers_with_contracts,
    service_in_process,
)
from services.labour.models import Change, SyncReceipt, Termination, messaging
from services.labour.service import definition
from services.labour.settings import LabourSettings
from shared.migrations import upgrade_to_head

RECORDS = int(os.environ.get("BENCH_TERMINATIONS", "100000"))
# Every table one accepted line writes to.
WRITTEN = (Termination.__tablename__, SyncReceipt.__tablename__, Change.__tablename__, messaging.outbox.name)


async def main() -> None:
    """Upload RECORDS terminations in one file and print one JSON line."""
    async with scratch_database() as database_url:
        await asyncio.to_thread(upgrade_to_head, definition, database_url)
        await seed_workers_with_contracts(database_url, RECORDS)
        body = b"".join(
            orjson.dumps(
                {
                    "idempotency_key": f"closure/{n}",
                    "record": {
                        "national_id": national_id(n),
                        "employer_tax_code": employer_tax_code(n),
                        "last_working_day": "2026-02-27",
                        "reported_on": "2026-03-02",
                        "reason": "enterprise_closure",
                    },
                }
            )
            + b"\n"
            for n in range(RECORDS)
        )
        headers = {"content-type": "application/x-ndjson"}
        async with service_in_process(definition, LabourSettings, database_url) as client:
            started = time.perf_counter()
            response = await client.post("/sync/terminations", content=body, headers=headers, timeout=None)
            elapsed = time.perf_counter() - started
            result = response.json()
            assert result["created"] == RECORDS, {k: result[k] for k in ("created", "unchanged", "rejected")}
            started = time.perf_counter()
            again = (await client.post("/sync/terminations", content=body, headers=headers, timeout=None)).json()
            resend = time.perf_counter() - started
            assert again["unchanged"] == RECORDS
        copy_seconds, rows = await copy_baseline(database_url, WRITTEN)
    report(
        benchmark="labour_bulk_upload_terminations",
        records=RECORDS,
        database="postgresql",
        cores=os.cpu_count(),
        records_per_s=round(RECORDS / elapsed),
        seconds=round(elapsed, 2),
        copy_rows=rows,
        copy_records_per_s=round(RECORDS / copy_seconds),
        ratio=round(copy_seconds / elapsed, 3),
        resend_records_per_s=round(RECORDS / resend),
        ratio_resend_to_first=round(elapsed / resend, 2),
    )
