"""Matching through the API: ranked vacancies with their breakdown, three broad offers per seeker
when the market has them, the shortage report, and candidates for a public-welfare job."""

import httpx

from shared.events.labour import HardshipAssessed
from tests.services.incoming import deliver
from tests.services.job_matching import builders
from tests.services.job_matching.builders import TODAY
from tests.services.job_matching.conftest import published

LAN, MINH, HOA = "079190001234", "079190005678", "079190009999"


async def test_matches_come_best_first_with_their_breakdown(client: httpx.AsyncClient) -> None:
    elsewhere = await builders.vacancy(client, district="Thủ Đức")
    same_district = await builders.vacancy(client)
    wrong_trade = await builders.vacancy(client, isco_code="5120")
    await builders.register_seeker(client, LAN)

    response = await client.get(f"/seekers/{LAN}/matches", params={"on": str(TODAY)})
    assert response.status_code == 200, response.text
    matches = response.json()
    assert [m["vacancy"]["id"] for m in matches] == [same_district["id"], elsewhere["id"]]
    assert wrong_trade["id"] not in [m["vacancy"]["id"] for m in matches]
    top = matches[0]["breakdown"]
    assert top["total"] == top["occupation"] + top["skills"] + top["location"] + top["wage"] + top["priority"] == 80
    assert top["reasons"][:2] == ["same ISCO-08 unit group as 7223", "has 0 of 2 required skills"]


async def test_a_registered_seeker_gets_three_broad_offers_when_the_market_has_them(client: httpx.AsyncClient) -> None:
    vacancies = [await builders.vacancy(client, isco_code=code) for code in ("7223", "7224", "7212", "7512")]
    await builders.vacancy(client, isco_code="7223", wage_min="4000000", wage_max="6000000")  # below the minimum

    await builders.register_seeker(client, LAN)

    offers = await builders.offers_of(client, LAN)
    assert [o["vacancy_id"] for o in offers] == [v["id"] for v in vacancies[:3]]
    assert all(o["breakdown"]["broad_match"] for o in offers)
    assert {o["offered_on"] for o in offers} == {str(TODAY)}
    made = await published(client, "job_matching.offer.made.v1")
    assert [(e.subject, e.data["vacancy_id"]) for e in made] == [(LAN, v["id"]) for v in vacancies[:3]]


async def test_offers_top_up_to_three_when_an_offered_vacancy_closes_and_never_repeat(
    client: httpx.AsyncClient,
) -> None:
    first, second, third = [await builders.vacancy(client) for _ in range(3)]
    await builders.register_seeker(client, LAN)
    assert [o["vacancy_id"] for o in await builders.offers_of(client, LAN)] == [first["id"], second["id"], third["id"]]

    await client.post(f"/vacancies/{first['id']}/withdraw", json={"closed_on": "2026-03-20"})
    response = await client.post(f"/seekers/{LAN}/offers", params={"on": "2026-03-21"})
    assert len(response.json()["items"]) == 3  # nothing new to offer yet

    fourth = await builders.vacancy(client)
    round_report = await client.post("/offers/round", params={"on": "2026-03-22"})
    assert round_report.json() == {"seekers_considered": 1, "offers_made": 1, "seekers_short": 0}
    assert [o["vacancy_id"] for o in await builders.offers_of(client, LAN)] == [
        first["id"],
        second["id"],
        third["id"],
        fourth["id"],
    ]
    again = await client.post("/offers/round", params={"on": "2026-03-22"})
    assert again.json()["offers_made"] == 0


async def test_a_closed_or_expired_vacancy_is_never_offered(client: httpx.AsyncClient) -> None:
    withdrawn = await builders.vacancy(client)
    await client.post(f"/vacancies/{withdrawn['id']}/withdraw", json={"closed_on": "2026-03-16"})
    expiring = await builders.vacancy(client, closing_date="2026-03-20")

    # Offers made on registration look at today's market: the vacancy's closing date has passed.
    await builders.register_seeker(client, LAN)
    assert await builders.offers_of(client, LAN) == []

    before_closing = await client.post(f"/seekers/{LAN}/offers", params={"on": "2026-03-18"})
    assert [o["vacancy_id"] for o in before_closing.json()["items"]] == [expiring["id"]]
    # After its closing date (even before the expiry sweep) it is no longer matched.
    assert (await client.get(f"/seekers/{LAN}/matches", params={"on": "2026-03-21"})).json() == []
    assert (await client.get(f"/seekers/{LAN}/matches", params={"on": "2026-03-20"})).json() != []


async def test_seekers_short_of_three_offers_are_reported_for_their_centre(client: httpx.AsyncClient) -> None:
    await builders.vacancy(client)
    await builders.vacancy(client, isco_code="7224")
    await builders.register_seeker(client, LAN)  # two machinist jobs on the market
    await builders.register_seeker(client, MINH, occupations=("2512",), centre_code="HCM-Q5")  # none for a developer

    response = await client.get("/reports/offer-shortages", params={"on": str(TODAY)})
    assert response.json() == [
        {
            "national_id": LAN,
            "centre_code": "HCM-Q10",
            "open_offers": 2,
            "broad_matches_not_yet_offered": 0,
            "short_by": 1,
        },
        {
            "national_id": MINH,
            "centre_code": "HCM-Q5",
            "open_offers": 0,
            "broad_matches_not_yet_offered": 0,
            "short_by": 3,
        },
    ]
    only_q5 = await client.get("/reports/offer-shortages", params={"on": str(TODAY), "centre_code": "HCM-Q5"})
    assert [s["national_id"] for s in only_q5.json()] == [MINH]

    # A third machinist job ends Lan's shortage: the round offers it.
    await builders.vacancy(client, isco_code="7212")
    assert [
        s["national_id"] for s in (await client.get("/reports/offer-shortages", params={"on": str(TODAY)})).json()
    ] == [MINH]
    await client.post("/offers/round", params={"on": str(TODAY)})
    assert len(await builders.offers_of(client, LAN)) == 3


async def test_a_person_in_special_hardship_comes_first_for_a_public_welfare_job(client: httpx.AsyncClient) -> None:
    job = await builders.vacancy(
        client, isco_code="9112", skills=["cleaning"], public_welfare=True, wage_min="5000000", wage_max="6000000"
    )
    await builders.register_seeker(client, LAN, occupations=("9112",), minimum_monthly_wage=None)  # fits best otherwise
    await deliver(
        client,
        HardshipAssessed(
            assessment_id=1,
            national_id=HOA,
            special_hardship=True,
            minimum_living_allowance_eligible=True,
            assessed_on=TODAY,
        ),
    )
    await builders.register_seeker(client, HOA, occupations=("9629",), district="Quận 5", minimum_monthly_wage=None)

    candidates = (await client.get(f"/vacancies/{job['id']}/candidates")).json()
    assert [c["national_id"] for c in candidates] == [HOA, LAN]
    assert candidates[0]["special_hardship"] is True and candidates[0]["breakdown"]["priority"] == 100
    assert candidates[0]["score"] > candidates[1]["score"]


async def test_matching_refuses_seekers_who_are_not_active(client: httpx.AsyncClient) -> None:
    assert (await client.get(f"/seekers/{LAN}/matches")).status_code == 404
    await deliver(
        client,
        HardshipAssessed(
            assessment_id=1,
            national_id=LAN,
            special_hardship=False,
            minimum_living_allowance_eligible=False,
            assessed_on=TODAY,
        ),
    )
    response = await client.get(f"/seekers/{LAN}/matches")
    assert response.status_code == 409 and "unregistered" in response.json()["detail"]
