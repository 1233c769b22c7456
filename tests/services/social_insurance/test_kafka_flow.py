"""On real Kafka and PostgreSQL, the labour and social insurance services as they run: a
termination reported to the labour service produces a continuation notice, and a placement
event ends a paying benefit and records the overpayment for months paid after its start."""

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from labourlink.local_system import skip_earlier_events
from services.labour.service import definition as labour
from services.social_insurance.service import definition as social_insurance
from shared.bus.kafka import KafkaBus
from shared.events.catalogue import JOB_MATCHING
from shared.events.envelope import CloudEvent
from shared.events.job_matching import PlacementRecorded
from tests.databases import MigratedTemplates
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, require_kafka
from tests.services import support
from tests.services.labour import builders as labour_builders
from tests.services.social_insurance import builders

pytestmark = [pytest.mark.kafka, pytest.mark.postgres]


async def _eventually(check: Callable[[], Awaitable[object]], timeout_seconds: float = 90) -> object:
    deadline = time.monotonic() + timeout_seconds
    while not (found := await check()):
        assert time.monotonic() < deadline, "the event never had its effect"
        await asyncio.sleep(0.2)
    return found


async def test_termination_to_notice_and_placement_to_overpayment(
    migrated_templates: MigratedTemplates, tmp_path: Path
) -> None:
    await require_kafka()
    await skip_earlier_events(KAFKA_BOOTSTRAP_SERVERS)  # the services' groups start after every earlier run's events
    kafka = {"bus_backend": "kafka", "kafka_bootstrap_servers": KAFKA_BOOTSTRAP_SERVERS, "run_workers": True}
    async with (
        support.app_client(labour, migrated_templates, "postgres", tmp_path, **kafka) as labour_api,
        support.app_client(social_insurance, migrated_templates, "postgres", tmp_path, **kafka) as si_api,
    ):
        case = await labour_builders.employment(labour_api, start="2021-01-01")
        person = case["worker"]["national_id"]
        await builders.import_contributions(
            si_api,
            builders.contribution_lines(
                person, last_day=date(2025, 6, 30), months=48, employer=case["employer"]["tax_code"]
            ),
        )
        centre = await labour_builders.centre(labour_api, caseworkers=1)
        await labour_builders.registration(
            labour_api, national_id=person, centre_code=centre["code"], registered_on="2025-07-03"
        )
        response = await labour_api.post(
            "/terminations",
            json={
                "contract_id": case["contract"]["id"],
                "last_working_day": "2025-06-30",
                "reported_on": "2025-07-01",
                "reason": "enterprise_closure",
            },
        )
        assert response.status_code == 201

        async def notice() -> list[dict]:
            return (await si_api.get("/continuation-notices", params={"national_id": person})).json()["items"]

        (issued,) = await _eventually(notice)  # type: ignore[misc]
        assert issued["account"]["contribution_months"] == 48 and issued["employer"] == case["employer"]["name"]

        claim = (await si_api.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})).json()
        assert claim["eligible"], claim["decision"]["rules"]
        await si_api.post("/benefit-payments/run", json={"through": "2025-10-31"})

        async def registration_shows_the_claim() -> bool:
            state = (await labour_api.get("/registrations", params={"national_id": person})).json()["items"]
            return bool(state) and state[0]["claim_status"] == "eligible"

        await _eventually(registration_shows_the_claim)  # social insurance → labour, over Kafka too

        bus = KafkaBus(KAFKA_BOOTSTRAP_SERVERS)
        await bus.start()
        try:  # the job matching service's event, as it will publish it
            placement = PlacementRecorded(
                placement_id=1,
                national_id=person,
                employer_tax_code=None,
                employer_name="Công ty Dệt",
                start_date=date(2025, 9, 1),
                monthly_wage=Decimal(8_000_000),
                referral_id=None,
            )
            await bus.publish(
                [
                    CloudEvent.of(placement, source=JOB_MATCHING.source, subject=person).to_bus_message(
                        JOB_MATCHING.topic
                    )
                ]
            )
        finally:
            await bus.stop()

        async def ended() -> dict | None:
            benefit = (await si_api.get(f"/benefits/{claim['benefit_id']}")).json()
            return benefit if benefit["status"] == "terminated" else None

        benefit = await _eventually(ended)
        assert benefit["ended_on"] == "2025-09-01"  # type: ignore[index]
        (overpayment,) = (await si_api.get("/overpayments", params={"national_id": person})).json()["items"]
        assert overpayment["months"] == 2

        async def registration_closed() -> bool:
            state = (await labour_api.get("/registrations", params={"national_id": person})).json()["items"]
            return state[0]["status"] == "closed"

        await _eventually(registration_closed)
