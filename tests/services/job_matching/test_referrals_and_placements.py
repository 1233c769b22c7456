"""Referrals and their outcomes; placements through a referral or found independently, published
for the social insurance and labour agencies."""

import httpx

from tests.services.job_matching import builders
from tests.services.job_matching.conftest import published

LAN, MINH = "079190001234", "079190005678"


async def refer(client: httpx.AsyncClient, national_id: str, vacancy_id: int) -> dict:
    response = await client.post(
        "/referrals", json={"national_id": national_id, "vacancy_id": vacancy_id, "referred_on": "2026-03-18"}
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_hire_places_the_seeker_fills_the_vacancy_and_is_published(client: httpx.AsyncClient) -> None:
    vacancy = await builders.vacancy(client, openings=1)
    await builders.register_seeker(client, LAN)
    referral = await refer(client, LAN, vacancy["id"])
    assert referral["centre_code"] == "HCM-Q10" and referral["outcome"] == "pending"

    response = await client.post(
        f"/referrals/{referral['id']}/outcome",
        json={"outcome": "hired", "decided_on": "2026-03-25", "start_date": "2026-04-01", "monthly_wage": "9500000"},
    )
    assert response.status_code == 200, response.text

    [placement] = (await client.get("/placements", params={"national_id": LAN})).json()["items"]
    assert placement["referral_id"] == referral["id"] and placement["start_date"] == "2026-04-01"
    assert placement["employer_tax_code"] == vacancy["employer_tax_code"]
    filled = (await client.get(f"/vacancies/{vacancy['id']}")).json()
    assert (filled["status"], filled["close_reason"], filled["filled"]) == ("closed", "filled", 1)
    assert (await client.get(f"/seekers/{LAN}")).json()["status"] == "placed"

    [event] = await published(client, "job_matching.placement.recorded.v1")
    assert event.subject == LAN
    assert event.data["referral_id"] == referral["id"] and event.data["monthly_wage"] == "9500000"
    [outcome] = await published(client, "job_matching.referral.outcome_recorded.v1")
    assert outcome.data["outcome"] == "hired"
    assert [e.data["reason"] for e in await published(client, "job_matching.vacancy.closed.v1")] == ["filled"]


async def test_a_vacancy_with_openings_left_stays_open_after_a_hire(client: httpx.AsyncClient) -> None:
    vacancy = await builders.vacancy(client, openings=2)
    await builders.register_seeker(client, LAN)
    referral = await refer(client, LAN, vacancy["id"])
    await client.post(
        f"/referrals/{referral['id']}/outcome",
        json={"outcome": "hired", "decided_on": "2026-03-25", "start_date": "2026-04-01", "monthly_wage": "9500000"},
    )
    after = (await client.get(f"/vacancies/{vacancy['id']}")).json()
    assert (after["status"], after["filled"]) == ("open", 1)


async def test_a_refusal_is_published_with_whether_the_reason_was_good(client: httpx.AsyncClient) -> None:
    first, second = await builders.vacancy(client), await builders.vacancy(client)
    await builders.register_seeker(client, LAN)
    without_reason = await refer(client, LAN, first["id"])
    with_reason = await refer(client, LAN, second["id"])
    await client.post(
        f"/referrals/{without_reason['id']}/outcome",
        json={
            "outcome": "declined",
            "decided_on": "2026-03-20",
            "good_reason": False,
            "explanation": "did not want shift work",
        },
    )
    await client.post(
        f"/referrals/{with_reason['id']}/outcome",
        json={
            "outcome": "declined",
            "decided_on": "2026-03-20",
            "good_reason": True,
            "explanation": "caring for a sick parent",
        },
    )

    refusals = await published(client, "job_matching.refusal.recorded.v1")
    assert [(e.data["referral_id"], e.data["good_reason"]) for e in refusals] == [
        (without_reason["id"], False),
        (with_reason["id"], True),
    ]
    assert refusals[0].data["explanation"] == "did not want shift work"
    assert (await client.get(f"/seekers/{LAN}")).json()["status"] == "active"


async def test_employer_rejections_and_no_shows_are_outcomes_without_a_placement(client: httpx.AsyncClient) -> None:
    first, second = await builders.vacancy(client), await builders.vacancy(client)
    await builders.register_seeker(client, LAN)
    for vacancy, outcome in ((first, "rejected_by_employer"), (second, "no_show")):
        referral = await refer(client, LAN, vacancy["id"])
        response = await client.post(
            f"/referrals/{referral['id']}/outcome", json={"outcome": outcome, "decided_on": "2026-03-20"}
        )
        assert response.json()["outcome"] == outcome
    assert (await client.get("/placements")).json()["items"] == []
    assert await published(client, "job_matching.refusal.recorded.v1") == []
    declined = (await client.get("/referrals", params={"outcome": "no_show"})).json()["items"]
    assert [r["vacancy_id"] for r in declined] == [second["id"]]


async def test_outcomes_are_checked_and_recorded_once(client: httpx.AsyncClient) -> None:
    vacancy = await builders.vacancy(client)
    await builders.register_seeker(client, LAN)
    referral = await refer(client, LAN, vacancy["id"])
    url = f"/referrals/{referral['id']}/outcome"

    hire_without_wage = await client.post(
        url, json={"outcome": "hired", "decided_on": "2026-03-25", "start_date": "2026-04-01"}
    )
    assert hire_without_wage.status_code == 422 and "monthly_wage" in hire_without_wage.text
    decline_unjudged = await client.post(url, json={"outcome": "declined", "decided_on": "2026-03-25"})
    assert decline_unjudged.status_code == 422 and "good_reason" in decline_unjudged.text
    too_early = await client.post(url, json={"outcome": "no_show", "decided_on": "2026-03-01"})
    assert too_early.json()["errors"][0] == {
        "field": "decided_on",
        "rule": "after_referral",
        "message": "must be on or after 2026-03-18",
    }

    assert (await client.post(url, json={"outcome": "no_show", "decided_on": "2026-03-25"})).status_code == 200
    assert (await client.post(url, json={"outcome": "no_show", "decided_on": "2026-03-26"})).status_code == 409
    assert len(await published(client, "job_matching.referral.outcome_recorded.v1")) == 1


async def test_referrals_need_an_active_seeker_an_open_vacancy_and_no_earlier_referral(
    client: httpx.AsyncClient,
) -> None:
    vacancy = await builders.vacancy(client)
    closed = await builders.vacancy(client)
    await client.post(f"/vacancies/{closed['id']}/withdraw", json={"closed_on": "2026-03-17"})
    assert (
        await client.post(
            "/referrals", json={"national_id": LAN, "vacancy_id": vacancy["id"], "referred_on": "2026-03-18"}
        )
    ).status_code == 404
    await builders.register_seeker(client, LAN)
    assert (
        await client.post(
            "/referrals", json={"national_id": LAN, "vacancy_id": closed["id"], "referred_on": "2026-03-18"}
        )
    ).status_code == 409
    await refer(client, LAN, vacancy["id"])
    repeated = await client.post(
        "/referrals", json={"national_id": LAN, "vacancy_id": vacancy["id"], "referred_on": "2026-03-19"}
    )
    assert repeated.status_code == 409 and repeated.json()["existing"].startswith("/referrals/")
    made = await published(client, "job_matching.referral.made.v1")
    assert [(e.subject, e.data["vacancy_id"]) for e in made] == [(LAN, vacancy["id"])]


async def test_a_seeker_who_found_work_on_their_own_is_placed_once(client: httpx.AsyncClient) -> None:
    await builders.register_seeker(client, MINH)
    report = {
        "national_id": MINH,
        "employer_name": "Công ty Điện tử Tân Bình",
        "employer_tax_code": "0312345673",
        "start_date": "2026-05-04",
        "monthly_wage": "8800000",
    }
    response = await client.post("/placements", json=report)
    assert response.status_code == 201, response.text
    assert response.json()["referral_id"] is None and response.json()["centre_code"] == "HCM-Q10"
    assert (await client.post("/placements", json=report)).status_code == 409

    [event] = await published(client, "job_matching.placement.recorded.v1")
    assert event.data["referral_id"] is None and event.data["start_date"] == "2026-05-04"
    assert (await client.get(f"/seekers/{MINH}/matches")).status_code == 409
