"""Terminations: late reporting, correction versions, one termination per contract."""

import httpx
import pytest

from shared.events.labour import TerminationCorrected, TerminationRecorded
from tests.services.labour import builders
from tests.services.labour.conftest import published


async def _terminate(
    client: httpx.AsyncClient, contract_id: int, *, last_day: str, reported: str, reason: str = "employer_termination"
) -> httpx.Response:
    return await client.post(
        "/terminations",
        json={
            "contract_id": contract_id,
            "last_working_day": last_day,
            "reported_on": reported,
            "reason": reason,
        },
    )


# China: the employer reports within 15 days (Social Insurance Law 2010 art. 50).
@pytest.mark.parametrize(("reported_on", "late"), [("2026-03-16", False), ("2026-03-17", True)])
async def test_a_chinese_report_after_15_days_is_flagged_late(
    client: httpx.AsyncClient, reported_on: str, late: bool
) -> None:
    case = await builders.employment(client, jurisdiction="CN")
    response = await _terminate(client, case["contract"]["id"], last_day="2026-03-01", reported=reported_on)
    assert response.status_code == 201, response.text
    assert response.json()["reported_late"] is late
    (event,) = await published(client, TerminationRecorded.event_type)
    assert event.data["reported_late"] is late


async def test_vietnam_has_no_deadline_unless_configured(client: httpx.AsyncClient) -> None:
    case = await builders.employment(client, jurisdiction="VN")
    response = await _terminate(client, case["contract"]["id"], last_day="2026-01-01", reported="2026-06-01")
    assert response.json()["reported_late"] is False


async def test_the_termination_event_carries_what_social_insurance_needs(client: httpx.AsyncClient) -> None:
    case = await builders.employment(client)
    await client.post("/terminations", json=builders.closure_report(case))
    (event,) = await published(client, TerminationRecorded.event_type)
    assert event.subject == case["worker"]["national_id"]
    assert event.data["wage_region"] == "I" and event.data["insured_monthly_salary"] == "9000000.00"
    assert event.data["reason"] == "enterprise_closure" and event.data["version"] == 1


async def test_a_correction_is_a_new_version_with_its_own_event(client: httpx.AsyncClient) -> None:
    case = await builders.employment(client, jurisdiction="CN")
    first = (await _terminate(client, case["contract"]["id"], last_day="2026-03-01", reported="2026-03-20")).json()
    assert first["reported_late"] is True

    corrected = await client.post(
        f"/terminations/{first['id']}/corrections", json={"last_working_day": "2026-03-10", "note": "wrong date"}
    )
    assert corrected.status_code == 201
    second = corrected.json()
    assert (second["version"], second["current"], second["reported_late"]) == (2, True, False)
    assert second["id"] != first["id"]
    assert (await client.get(f"/terminations/{first['id']}")).json()["current"] is False
    versions = (
        await client.get("/terminations", params={"contract_id": case["contract"]["id"], "include_superseded": True})
    ).json()
    assert [t["version"] for t in versions["items"]] == [1, 2]

    (correction,) = await published(client, TerminationCorrected.event_type)
    assert (correction.data["version"], correction.data["replaces_version"]) == (2, 1)
    assert correction.data["last_working_day"] == "2026-03-10"
    stale = await client.post(f"/terminations/{first['id']}/corrections", json={"reason": "contract_expiry"})
    assert stale.status_code == 409


async def test_a_contract_ends_once(client: httpx.AsyncClient) -> None:
    case = await builders.employment(client)
    first = await _terminate(client, case["contract"]["id"], last_day="2026-03-01", reported="2026-03-02")
    again = await _terminate(client, case["contract"]["id"], last_day="2026-03-05", reported="2026-03-06")
    assert again.status_code == 409
    assert again.json()["existing"] == f"/terminations/{first.json()['id']}"
    assert len(await published(client, TerminationRecorded.event_type)) == 1


async def test_a_termination_before_the_contract_started_is_refused(client: httpx.AsyncClient) -> None:
    case = await builders.employment(client, start="2024-05-01")
    response = await _terminate(client, case["contract"]["id"], last_day="2024-04-30", reported="2024-05-02")
    assert response.status_code == 422
    assert response.json()["errors"][0] == {
        "field": "last_working_day",
        "rule": "after_contract_start",
        "message": "must be on or after 2024-05-01",
    }


async def test_unknown_reason_codes_are_refused(client: httpx.AsyncClient) -> None:
    case = await builders.employment(client)
    response = await _terminate(
        client, case["contract"]["id"], last_day="2026-03-01", reported="2026-03-02", reason="bored"
    )
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "reason"
