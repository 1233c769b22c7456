"""The labour service consuming the other agencies' events, fed by `labourlink replay`."""

import asyncio
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from labourlink.cli import main as labourlink
from services.labour.service import definition
from services.labour.settings import LabourSettings
from shared.app import create_service_app
from shared.db import create_engine
from shared.events.envelope import CloudEvent
from shared.events.job_matching import PlacementRecorded
from shared.events.social_insurance import BenefitSuspended, ClaimDecided
from tests.conftest import DATABASES
from tests.databases import MigratedTemplates, service_database
from tests.services.client import service_client
from tests.services.labour import builders


def _events_file(path: Path, national_id: str) -> Path:
    events = [
        CloudEvent.of(
            ClaimDecided(
                claim_id=7,
                national_id=national_id,
                termination_id=1,
                rule_pack="VN-2013",
                eligible=True,
                monthly_amount=Decimal("5400000"),
                months=3,
                benefit_start=date(2026, 2, 1),
                failed_rules=[],
            ),
            source="/labourlink/social_insurance",
            subject=national_id,
        ),
        CloudEvent.of(
            BenefitSuspended(
                claim_id=7, national_id=national_id, effective_on=date(2026, 4, 1), reason="missed notice"
            ),
            source="/labourlink/social_insurance",
            subject=national_id,
        ),
        CloudEvent.of(
            PlacementRecorded(
                placement_id=3,
                national_id=national_id,
                employer_tax_code=None,
                employer_name="Công ty Dệt",
                start_date=date(2026, 4, 15),
                monthly_wage=Decimal("8000000"),
                referral_id=None,
            ),
            source="/labourlink/job_matching",
            subject=national_id,
        ),
    ]
    path.write_bytes(b"\n".join(e.to_json_line() for e in events) + b"\n")
    return path


async def _eventually(check, timeout_seconds: float = 20) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout_seconds
    while not await check():
        assert time.monotonic() < deadline, "the consumer did not get there in time"
        await asyncio.sleep(0.1)


@pytest.mark.parametrize("backend", DATABASES)
async def test_claims_benefits_and_placements_show_on_the_case(
    backend: str,
    migrated_templates: MigratedTemplates,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = tmp_path / "bus.db"
    monkeypatch.setenv("BUS_BACKEND", "embedded")
    monkeypatch.setenv("EMBEDDED_LOG_PATH", str(log))
    async with service_database(migrated_templates, definition, backend) as database_url:
        monkeypatch.setenv("DATABASE_URL", database_url)
        settings = LabourSettings(database_url=database_url, bus_backend="embedded", embedded_log_path=str(log))
        async with service_client(create_service_app(definition, settings)) as client:
            centre = await builders.centre(client, caseworkers=1)
            person = await builders.worker(client)
            registration = await builders.registration(
                client, national_id=person["national_id"], centre_code=centre["code"]
            )
            events = _events_file(tmp_path / "events.ndjson", person["national_id"])
            assert await asyncio.to_thread(labourlink, ["replay", "publish", str(events)]) == 0

            async def closed() -> bool:
                state = (await client.get(f"/registrations/{registration['id']}")).json()
                return state["status"] == "closed"

            await _eventually(closed)
            state = (await client.get(f"/registrations/{registration['id']}")).json()
            assert (state["claim_status"], state["benefit_status"]) == ("eligible", "suspended")
            assert (state["closed_on"], state["close_reason"]) == ("2026-04-15", "reemployed_placement")

            assert await asyncio.to_thread(labourlink, ["replay", "publish", str(events)]) == 0  # the same stream again
            inbox = definition.messaging.inbox
            sessionmaker = client._transport.app.state.sessionmaker  # type: ignore[attr-defined]

            async def all_seen_twice() -> bool:
                async with sessionmaker() as session:
                    return await session.scalar(select(func.count()).select_from(inbox)) == 3

            await _eventually(all_seen_twice)
            await asyncio.sleep(1)
            async with sessionmaker() as session:
                assert (
                    await session.scalar(select(func.count()).select_from(inbox)) == 3
                )  # six deliveries, three effects

        # Stopped: rebuild the projection from the beginning of the stream.
        assert (
            await asyncio.to_thread(
                labourlink, ["replay", "reset", "--service", "labour", "--to-beginning", "--rebuild"]
            )
            == 0
        )
        engine = create_engine(database_url)
        async with engine.connect() as connection:
            assert await connection.scalar(select(func.count()).select_from(inbox)) == 0
        await engine.dispose()
        async with service_client(create_service_app(definition, settings)) as client:
            sessionmaker = client._transport.app.state.sessionmaker  # type: ignore[attr-defined]

            async def reapplied() -> bool:
                async with sessionmaker() as session:
                    return await session.scalar(select(func.count()).select_from(inbox)) == 3

            await _eventually(reapplied)
            state = (await client.get(f"/registrations/{registration['id']}")).json()
            assert (state["status"], state["claim_status"]) == ("closed", "eligible")
