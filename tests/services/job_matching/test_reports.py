"""KPIs for the targets of seed 003 (referred, placed after referral) and seed 000 (three offers),
by centre and period."""

from datetime import date

import httpx

from tests.services.job_matching import builders

PERIOD = {"registered_from": "2026-03-01", "registered_to": "2026-03-31"}


async def test_kpis_count_the_seekers_who_registered_in_the_period_per_centre(client: httpx.AsyncClient) -> None:
    vacancies = [await builders.vacancy(client, openings=5) for _ in range(3)]
    q10 = ["079190000001", "079190000002", "079190000003", "079190000004"]
    for national_id in q10:
        await builders.register_seeker(client, national_id)  # three offers each
    await builders.register_seeker(client, "079190000005", occupations=("2512",), centre_code="HCM-Q5")  # none
    await builders.register_seeker(client, "079190000006", registered_on=date(2026, 4, 2))  # outside the period

    referrals = []
    for national_id in q10[:2]:
        response = await client.post(
            "/referrals",
            json={"national_id": national_id, "vacancy_id": vacancies[0]["id"], "referred_on": "2026-03-20"},
        )
        referrals.append(response.json())
    await client.post(
        f"/referrals/{referrals[0]['id']}/outcome",
        json={"outcome": "hired", "decided_on": "2026-03-25", "start_date": "2026-04-01", "monthly_wage": "9500000"},
    )
    await client.post(
        f"/referrals/{referrals[1]['id']}/outcome", json={"outcome": "no_show", "decided_on": "2026-03-25"}
    )
    await client.post(
        "/placements",
        json={
            "national_id": q10[2],
            "employer_name": "Công ty A",
            "start_date": "2026-03-28",
            "monthly_wage": "8800000",
        },
    )

    response = await client.get("/reports/kpis", params=PERIOD)
    assert response.status_code == 200, response.text
    report = response.json()
    assert [c["centre_code"] for c in report["centres"]] == ["HCM-Q10", "HCM-Q5"]
    q10_row, q5_row = report["centres"]
    assert {
        k: q10_row[k] for k in ("registered", "referred", "placed_after_referral", "placed_on_own", "with_three_offers")
    } == {"registered": 4, "referred": 2, "placed_after_referral": 1, "placed_on_own": 1, "with_three_offers": 4}
    assert (q10_row["referred_share"], q10_row["placed_share_of_referred"], q10_row["three_offer_share"]) == (
        "0.5000",
        "0.5000",
        "1.0000",
    )
    assert (
        q5_row["registered"],
        q5_row["referred_share"],
        q5_row["placed_share_of_referred"],
        q5_row["three_offer_share"],
    ) == (1, "0.0000", None, "0.0000")
    assert report["total"]["registered"] == 5 and report["total"]["three_offer_share"] == "0.8000"

    only_q5 = (await client.get("/reports/kpis", params={**PERIOD, "centre_code": "HCM-Q5"})).json()
    assert [c["centre_code"] for c in only_q5["centres"]] == ["HCM-Q5"]
    # Referrals made after the period's end do not count for it.
    early = (
        await client.get("/reports/kpis", params={"registered_from": "2026-03-01", "registered_to": "2026-03-19"})
    ).json()
    assert early["total"]["referred"] == 0


async def test_a_period_that_ends_before_it_starts_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get(
        "/reports/kpis", params={"registered_from": "2026-03-31", "registered_to": "2026-03-01"}
    )
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "registered_to"
