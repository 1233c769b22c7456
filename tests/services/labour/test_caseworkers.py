"""The responsible-caseworker system (包保责任制): balanced caseloads, reassignment, contact log, monthly report."""

from collections import Counter

import httpx

from shared.events.labour import CaseworkerAssigned
from tests.services.labour import builders
from tests.services.labour.conftest import published


async def _register_people(client: httpx.AsyncClient, centre_code: str, count: int) -> list[dict]:
    people = [await builders.worker(client) for _ in range(count)]
    return [await builders.registration(client, national_id=p["national_id"], centre_code=centre_code) for p in people]


async def test_caseloads_stay_balanced(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=3)
    registrations = await _register_people(client, centre["code"], 10)
    loads = Counter(r["caseworker_id"] for r in registrations)
    assert sorted(loads.values()) == [3, 3, 4] and set(loads) == set(centre["caseworker_ids"])
    events = await published(client, CaseworkerAssigned.event_type)
    assert len(events) == 10 and {e.data["reason"] for e in events} == {"registered"}


async def test_a_new_caseworker_takes_the_people_still_waiting(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=0)
    registrations = await _register_people(client, centre["code"], 2)
    assert {r["caseworker_id"] for r in registrations} == {None}
    joined = await client.post(f"/centres/{centre['id']}/caseworkers", json={"full_name": "Mới", "phone": "0280000000"})
    waiting = (await client.get("/registrations", params={"centre_code": centre["code"]})).json()["items"]
    assert {r["caseworker_id"] for r in waiting} == {joined.json()["id"]}


async def test_a_departing_caseworkers_people_go_to_the_lightest_caseloads(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=3)
    leaving, *staying = centre["caseworker_ids"]
    await _register_people(client, centre["code"], 9)  # 3 each
    response = await client.post(f"/caseworkers/{leaving}/departure", json={"left_on": "2026-05-31"})
    assert response.json()["active"] is False
    open_cases = (await client.get("/registrations", params={"centre_code": centre["code"], "status": "open"})).json()[
        "items"
    ]
    loads = Counter(r["caseworker_id"] for r in open_cases)
    assert leaving not in loads and sorted(loads.values()) == [4, 5] and set(loads) == set(staying)
    reassigned = [e for e in await published(client, CaseworkerAssigned.event_type) if e.data["reason"] == "reassigned"]
    assert len(reassigned) == 3
    again = await client.post(f"/caseworkers/{leaving}/departure", json={"left_on": "2026-06-01"})
    assert again.status_code == 409


async def test_contacts_are_logged_and_reported_monthly(client: httpx.AsyncClient) -> None:
    centre = await builders.centre(client, caseworkers=1)
    (caseworker,) = centre["caseworker_ids"]
    first, second, _third = await _register_people(client, centre["code"], 3)
    for registration, channel, moment in (
        (first, "phone", "2026-03-02T09:00:00+00:00"),
        (first, "visit", "2026-03-20T14:00:00+00:00"),
        (second, "sms", "2026-03-05T10:00:00+00:00"),
        (second, "letter", "2026-04-01T10:00:00+00:00"),
    ):
        logged = await client.post(
            f"/registrations/{registration['id']}/contacts",
            json={
                "contacted_at": moment,
                "channel": channel,
                "content": "job offers",
                "result": "interested",
            },
        )
        assert logged.status_code == 201 and logged.json()["caseworker_id"] == caseworker
    bad = await client.post(
        f"/registrations/{first['id']}/contacts",
        json={
            "contacted_at": "2026-03-02T09:00:00+00:00",
            "channel": "pigeon",
            "content": "x",
            "result": "y",
        },
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "channel"

    report = (await client.get(f"/caseworkers/{caseworker}/monthly-report", params={"month": "2026-03"})).json()
    assert report["contacts"] == 3 and report["contacts_by_channel"] == {"phone": 1, "visit": 1, "sms": 1}
    assert (report["open_caseload"], report["people_contacted"], report["open_cases_without_contact"]) == (3, 2, 1)
    log = (await client.get(f"/registrations/{first['id']}/contacts")).json()["items"]
    assert [c["channel"] for c in log] == ["phone", "visit"]
