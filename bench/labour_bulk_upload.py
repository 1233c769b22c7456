"""Bulk upload of terminations (a factory closure's file), through the labour service's REST
endpoint on PostgreSQL: records/s from request to committed response, events in the outbox."""

import asyncio
import os
import time

import httpx
import orjson

from bench.common import employer_tax_code, national_id, report, scratch_database, seed_workers_with_contracts
from services.labour.service import definition
from services.labour.settings import LabourSettings
from shared.app import create_service_app
from shared.migrations import upgrade_to_head

RECORDS = int(os.environ.get("BENCH_TERMINATIONS", "100000"))


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
        settings = LabourSettings(
            database_url=database_url, bus_backend="embedded", embedded_log_path="var/bench/bus.db", run_workers=False
        )
        app = create_service_app(definition, settings)
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=None) as client,
        ):
            started = time.perf_counter()
            response = await client.post(
                "/sync/terminations", content=body, headers={"content-type": "application/x-ndjson"}
            )
            elapsed = time.perf_counter() - started
            result = response.json()
            assert result["created"] == RECORDS, {k: result[k] for k in ("created", "unchanged", "rejected")}
            started = time.perf_counter()
            again = (
                await client.post("/sync/terminations", content=body, headers={"content-type": "application/x-ndjson"})
            ).json()
            resend = time.perf_counter() - started
            assert again["unchanged"] == RECORDS
    report(
        benchmark="labour_bulk_upload_terminations",
        records=RECORDS,
        database="postgresql",
        records_per_s=round(RECORDS / elapsed),
        seconds=round(elapsed, 2),
        resend_records_per_s=round(RECORDS / resend),
        ratio_resend_to_first=round(elapsed / resend, 2),
    )
