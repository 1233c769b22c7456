"""On real Kafka and PostgreSQL: a termination posted over REST reaches its topic as a CloudEvent
whose data has the documented schema."""

import json
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from services.labour.service import definition
from services.labour.settings import LabourSettings
from shared.app import create_service_app
from shared.events.catalogue import LABOUR
from shared.events.documents import SCHEMA_DIR
from tests.databases import MigratedTemplates, service_database
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, require_kafka
from tests.services.client import service_client
from tests.services.labour import builders
from tests.services.support import find_on_kafka

pytestmark = [pytest.mark.kafka, pytest.mark.postgres]


async def test_a_termination_posted_over_rest_arrives_as_a_documented_cloudevent(
    migrated_templates: MigratedTemplates,
) -> None:
    await require_kafka()
    began = datetime.now(UTC)
    async with service_database(migrated_templates, definition, "postgres") as database_url:
        settings = LabourSettings(
            database_url=database_url, bus_backend="kafka", kafka_bootstrap_servers=KAFKA_BOOTSTRAP_SERVERS
        )
        async with service_client(create_service_app(definition, settings)) as client:
            case = await builders.employment(client, jurisdiction="CN")
            response = await client.post(
                "/terminations",
                json={
                    "contract_id": case["contract"]["id"],
                    "last_working_day": "2026-03-01",
                    "reported_on": "2026-03-20",
                    "reason": "employer_termination",
                },
            )
            assert response.status_code == 201

            found = await find_on_kafka(
                LABOUR.topic,
                lambda event: (
                    event.type == "labour.termination.recorded.v1" and event.subject == case["worker"]["national_id"]
                ),
                published_since=began,
            )

    assert found is not None, "the termination never reached the topic"
    message, event = found
    headers = dict(message.headers)
    assert message.key == case["worker"]["national_id"].encode()
    assert headers["ce_specversion"] == b"1.0" and headers["content-type"] == b"application/json"
    assert headers["ce_source"] == b"/labourlink/labour"
    schema = json.loads(Path(SCHEMA_DIR / "labour.termination.recorded.v1.json").read_text())
    assert event.dataschema == schema["$id"]
    jsonschema.validate(event.data, schema)
    assert event.data["reported_late"] is True and event.data["termination_id"] == response.json()["id"]
