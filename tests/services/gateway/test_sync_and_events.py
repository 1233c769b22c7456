"""Sync for employment service centres through the gateway (bulk upload, change feed with ETag),
and event subscriptions partner agencies pull without Kafka access."""

import json
from datetime import date
from decimal import Decimal

from services.gateway.routing.routes import CHANGE_KINDS
from services.labour.models import ChangeKind
from shared.events.job_matching import PlacementRecorded
from shared.events.labour import HardshipAssessed
from tests.services.gateway.conftest import System
from tests.services.incoming import deliver, termination
from tests.services.labour import builders as labour

PURPOSE = {"X-Purpose": "daily sync HCM-Q10"}


async def test_a_centre_uploads_registrations_and_pulls_changes_through_the_gateway(system: System) -> None:
    worker = await labour.worker(system.labour)
    centre = await labour.centre(system.labour, caseworkers=1)
    key = await system.client("registrations:write", "registrations:read", kind="employment_service_centre")
    line = {
        "idempotency_key": "HCM-Q10/2026-03-05/1",
        "record": {"national_id": worker["national_id"], "centre_code": centre["code"], "registered_on": "2026-03-05"},
    }
    body = (json.dumps(line) + "\n").encode()
    headers = {"X-API-Key": key, "content-type": "application/x-ndjson", **PURPOSE}
    first = await system.gateway.post("/v1/sync/registrations", content=body, headers=headers)
    assert first.status_code == 200, first.text
    assert (first.json()["created"], first.json()["unchanged"]) == (1, 0)
    again = await system.gateway.post("/v1/sync/registrations", content=body, headers=headers)
    assert (again.json()["created"], again.json()["unchanged"]) == (0, 1)

    changes = await system.gateway.get(
        "/v1/sync/changes", params={"kinds": "registration"}, headers={"X-API-Key": key, **PURPOSE}
    )
    assert changes.status_code == 200, changes.text
    assert [c["kind"] for c in changes.json()["items"]] == ["registration"]
    tag, cursor = changes.headers["etag"], changes.json()["next_after"]
    unchanged = await system.gateway.get(
        "/v1/sync/changes",
        params={"kinds": "registration"},
        headers={"X-API-Key": key, "If-None-Match": tag, **PURPOSE},
    )
    assert unchanged.status_code == 304
    refused = await system.gateway.get(
        "/v1/sync/changes", params={"kinds": "termination"}, headers={"X-API-Key": key, **PURPOSE}
    )
    assert refused.status_code == 403 and refused.json()["missing_scope"] == "terminations:read"
    assert cursor is None  # all of it in one page

    auditor = await system.client("audit:read", client_id="auditor")
    entries = (
        await system.gateway.get(
            "/v1/audit/entries", params={"national_id": worker["national_id"]}, headers={"X-API-Key": auditor}
        )
    ).json()
    assert [e["action"] for e in entries][:2] == ["POST /v1/sync/registrations"] * 2


async def test_an_agency_pulls_only_the_event_types_it_is_entitled_to(system: System) -> None:
    person = "079190001234"
    await deliver(
        system.gateway,
        termination(person),
        HardshipAssessed(
            assessment_id=1,
            national_id=person,
            special_hardship=True,
            minimum_living_allowance_eligible=True,
            assessed_on=date(2026, 3, 5),
        ),
        PlacementRecorded(
            placement_id=1,
            national_id=person,
            employer_tax_code="0312345673",
            employer_name="Công ty A",
            start_date=date(2026, 5, 4),
            monthly_wage=Decimal(8_800_000),
            referral_id=None,
        ),
    )
    tax = await system.client("events:read", "terminations:read", "placements:read", kind="tax")
    pulled = await system.gateway.get("/v1/events", headers={"X-API-Key": tax, **PURPOSE})
    assert pulled.status_code == 200, pulled.text
    assert [e["type"] for e in pulled.json()["items"]] == [
        "labour.termination.recorded.v1",
        "job_matching.placement.recorded.v1",
    ]
    cursor, tag = pulled.json()["next_after"], pulled.headers["etag"]
    assert (
        await system.gateway.get("/v1/events", headers={"X-API-Key": tax, "If-None-Match": tag, **PURPOSE})
    ).status_code == 304
    caught_up = await system.gateway.get("/v1/events", params={"after": cursor}, headers={"X-API-Key": tax, **PURPOSE})
    assert caught_up.json() == {"items": [], "next_after": cursor}

    asked = await system.gateway.get(
        "/v1/events", params={"types": "labour.hardship.assessed.v1"}, headers={"X-API-Key": tax, **PURPOSE}
    )
    assert asked.status_code == 403 and asked.json()["missing_scope"] == "hardship:read"

    centre = await system.client("events:read", "hardship:read", kind="employment_service_centre")
    hardship = await system.gateway.get(
        "/v1/events", params={"types": "labour.hardship.assessed.v1"}, headers={"X-API-Key": centre, **PURPOSE}
    )
    assert hardship.json()["items"][0]["data"]["special_hardship"] is True


async def test_a_centre_upload_through_the_gateway_links_to_records_at_their_partner_path(system: System) -> None:
    case = await labour.employment(system.labour)
    key = await system.client("terminations:write", "terminations:read", kind="employment_service_centre")
    headers = {"X-API-Key": key, "content-type": "application/x-ndjson", **PURPOSE}
    record = labour.closure_report(case)
    first = await system.gateway.post(
        "/v1/sync/terminations",
        content=(json.dumps({"idempotency_key": "t/1", "record": record}) + "\n").encode(),
        headers=headers,
    )
    assert first.status_code == 200, first.text
    reused = {"idempotency_key": "t/1", "record": {**record, "reason": "contract_expiry"}}
    again = await system.gateway.post(
        "/v1/sync/terminations", content=(json.dumps(reused) + "\n").encode(), headers=headers
    )
    link = again.json()["results"][0]["problem"]["existing"]
    assert link == f"/v1/terminations/{first.json()['results'][0]['id']}"
    followed = await system.gateway.get(link, headers={"X-API-Key": key, **PURPOSE})
    assert followed.status_code == 200 and followed.json()["national_id"] == case["worker"]["national_id"]
    refused = await system.gateway.post(
        "/v1/sync/terminations", content=b"{}", headers={**headers, "content-type": "application/json"}
    )
    assert refused.status_code == 415


def test_every_kind_on_labours_change_feed_is_readable_through_the_gateway_by_its_category() -> None:
    assert set(CHANGE_KINDS) == set(ChangeKind)
