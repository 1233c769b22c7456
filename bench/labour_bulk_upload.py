"""Bulk upload of terminations (a factory closure's file), through the labour service's REST
endpoint on PostgreSQL: records/s from request to committed response, events in the outbox."""

import asyncio
import os
import time
from datetime import date

import httpx
import orjson
from sqlalchemy import insert

from bench.common import report, scratch_database
from services.labour.models import Contract, Employer, Worker
from services.labour.service import definition
from services.labour.settings import LabourSettings
from shared.app import create_service_app
from shared.db import create_engine
from shared.migrations import upgrade_to_head

RECORDS = int(os.environ.get("BENCH_TERMINATIONS", "100000"))
PER_EMPLOYER = 2000


def _national_id(n: int) -> str:
    return f"0790{90:02d}{n:06d}"  # men born in 1990, HCMC


async def _seed(database_url: str) -> None:
    engine = create_engine(database_url)
    employers = RECORDS // PER_EMPLOYER + 1
    async with engine.begin() as connection:
        await connection.execute(insert(Employer), [
            {"id": e + 1, "tax_code": f"03{e:08d}", "name": f"Factory {e}", "jurisdiction": "VN", "address": "KCN Tân Bình",
             "province": "Hồ Chí Minh", "district": "Tân Phú", "wage_region": "I", "sector": "garments", "state_paid": False}
            for e in range(employers)
        ])
        for first in range(0, RECORDS, 10_000):
            batch = range(first, min(first + 10_000, RECORDS))
            await connection.execute(insert(Worker), [
                {"id": n + 1, "national_id": _national_id(n), "jurisdiction": "VN", "full_name": f"Worker {n}",
                 "birth_date": date(1990, 1, 1), "sex": "male", "address": "-", "province": "Hồ Chí Minh", "district": "Tân Phú"}
                for n in batch
            ])
            await connection.execute(insert(Contract), [
                {"id": n + 1, "worker_id": n + 1, "employer_id": n // PER_EMPLOYER + 1, "contract_type": "indefinite",
                 "start_date": date(2020, 1, 1), "insured_monthly_salary": 8_000_000}
                for n in batch
            ])
    await engine.dispose()


async def main() -> None:
    """Upload RECORDS terminations in one file and print one JSON line."""
    async with scratch_database() as database_url:
        await asyncio.to_thread(upgrade_to_head, definition, database_url)
        await _seed(database_url)
        body = b"".join(
            orjson.dumps({"idempotency_key": f"closure/{n}", "record": {
                "national_id": _national_id(n), "employer_tax_code": f"03{n // PER_EMPLOYER:08d}",
                "last_working_day": "2026-02-27", "reported_on": "2026-03-02", "reason": "enterprise_closure"}}) + b"\n"
            for n in range(RECORDS)
        )
        settings = LabourSettings(database_url=database_url, bus_backend="embedded", embedded_log_path="var/bench/bus.db", run_workers=False)
        app = create_service_app(definition, settings)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=None) as client:
                started = time.perf_counter()
                response = await client.post("/sync/terminations", content=body, headers={"content-type": "application/x-ndjson"})
                elapsed = time.perf_counter() - started
                result = response.json()
                assert result["created"] == RECORDS, {k: result[k] for k in ("created", "unchanged", "rejected")}
                started = time.perf_counter()
                again = (await client.post("/sync/terminations", content=body, headers={"content-type": "application/x-ndjson"})).json()
                resend = time.perf_counter() - started
                assert again["unchanged"] == RECORDS
    report(
        benchmark="labour_bulk_upload_terminations", records=RECORDS, database="postgresql",
        records_per_s=round(RECORDS / elapsed), seconds=round(elapsed, 2),
        resend_records_per_s=round(RECORDS / resend), ratio_resend_to_first=round(elapsed / resend, 2),
    )
