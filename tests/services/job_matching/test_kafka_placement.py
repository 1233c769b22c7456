"""On real Kafka and PostgreSQL: a hire recorded over REST reaches the job-matching topic as a
placement CloudEvent whose data has the documented schema."""

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from services.job_matching.service import definition
from shared.app import create_service_app
from shared.events.catalogue import JOB_MATCHING
from shared.events.documents import SCHEMA_DIR
from shared.events.job_matching import PlacementRecorded
from shared.settings import ServiceSettings
from tests.databases import MigratedTemplates, service_database
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, require_kafka
from tests.services.client import service_client
from tests.services.job_matching import builders
from tests.services.support import find_on_kafka

pytestmark = [pytest.mark.kafka, pytest.mark.postgres]

# A person of this run only: the broker keeps earlier runs' events.
SEEKER = f"0791{time.time_ns() % 10**8:08d}"


async def test_a_placement_is_published_to_kafka_with_the_documented_schema(
    migrated_templates: MigratedTemplates,
) -> None:
    await require_kafka()
    began = datetime.now(UTC)
    async with service_database(migrated_templates, definition, "postgres") as database_url:
        settings = ServiceSettings(
            database_url=database_url, bus_backend="kafka", kafka_bootstrap_servers=KAFKA_BOOTSTRAP_SERVERS
        )
        async with service_client(create_service_app(definition, settings)) as client:
            vacancy = await builders.vacancy(client, openings=1)
            await builders.register_seeker(client, SEEKER)
            referral = (
                await client.post(
                    "/referrals", json={"national_id": SEEKER, "vacancy_id": vacancy["id"], "referred_on": "2026-03-18"}
                )
            ).json()
            response = await client.post(
                f"/referrals/{referral['id']}/outcome",
                json={
                    "outcome": "hired",
                    "decided_on": "2026-03-25",
                    "start_date": "2026-04-01",
                    "monthly_wage": "9500000",
                },
            )
            assert response.status_code == 200, response.text

            found = await find_on_kafka(
                JOB_MATCHING.topic,
                lambda event: (
                    event.type == PlacementRecorded.event_type
                    and event.data["referral_id"] == referral["id"]
                    and event.subject == SEEKER
                ),
                published_since=began,
            )

    assert found is not None, "the placement never reached the topic"
    message, event = found
    headers = dict(message.headers)
    assert message.key == SEEKER.encode()
    assert (
        headers["ce_source"] == b"/labourlink/job_matching"
        and headers["ce_type"] == PlacementRecorded.event_type.encode()
    )
    schema = json.loads(Path(SCHEMA_DIR / f"{PlacementRecorded.event_type}.json").read_text())
    assert event.dataschema == schema["$id"]
    jsonschema.validate(event.data, schema)
    assert event.data["start_date"] == "2026-04-01" and event.data["employer_tax_code"] == vacancy["employer_tax_code"]
