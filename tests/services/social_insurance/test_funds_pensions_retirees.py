"""Fund early warning, pension continuation, retirees' certification and staffing, the public notice."""

from datetime import date

import httpx

from shared.events.social_insurance import FundAlertRaised, PensionContinuationRegistered
from tests.services import support
from tests.services.social_insurance import builders
from tests.services.social_insurance.conftest import published

LAST_DAY = date(2025, 6, 30)


async def test_a_fund_that_can_pay_for_less_than_two_months_raises_an_alert(client: httpx.AsyncClient) -> None:
    figures = {
        "name": "Hồ Chí Minh",
        "balance": "1000000000",
        "monthly_income": "300000000",
        "monthly_expenditure": "750000000",
    }
    healthy = (await client.put("/fund-areas/Hồ Chí Minh", json={**figures, "balance": "2000000000"})).json()
    assert (healthy["months_left"], healthy["alert"]) == ("4.44", False)
    low = (await client.put("/fund-areas/Hồ Chí Minh", json=figures)).json()
    assert (low["months_left"], low["alert"], low["alert_threshold_months"]) == ("2.22", False, "2.00")
    lower = (await client.put("/fund-areas/Hồ Chí Minh", json={**figures, "balance": "800000000"})).json()
    assert (lower["months_left"], lower["alert"]) == ("1.78", True)
    (event,) = await published(client, FundAlertRaised.event_type)
    assert (event.subject, event.data["months_left"]) == ("Hồ Chí Minh", "1.78")
    covered = (await client.put("/fund-areas/Hồ Chí Minh", json={**figures, "monthly_income": "900000000"})).json()
    assert covered["months_left"] is None and covered["alert"] is False
    await client.put("/fund-areas/Bình Dương", json={**figures, "name": "Bình Dương"})
    assert [area["area_code"] for area in (await client.get("/fund-areas")).json()] == ["Bình Dương", "Hồ Chí Minh"]


async def two_recipients(client: httpx.AsyncClient) -> None:
    """Two people laid off on LAST_DAY in District 10, each with a benefit of 6,000,000 a month for
    three months from July 2025 (24 months contributed on 10,000,000)."""
    for person in ["079190001234", "079190005678"]:
        await builders.import_contributions(
            client, builders.contribution_lines(person, last_day=LAST_DAY, months=24, salary=10_000_000)
        )
        await builders.deliver(
            client,
            builders.termination(person, last_working_day=LAST_DAY),
            builders.registration(person, district="Quận 10"),
        )
        assert (await client.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})).json()["eligible"]


async def test_current_recipients_count_in_the_fund_outlook_and_the_public_notice_masks_ids(
    client: httpx.AsyncClient,
) -> None:
    await two_recipients(client)
    outlook = (
        await client.put(
            "/fund-areas/Hồ Chí Minh",
            json={
                "name": "Hồ Chí Minh",
                "balance": "24000000",
                "monthly_income": "0",
                "monthly_expenditure": "0",
            },
        )
    ).json()
    assert (outlook["current_recipients"], outlook["monthly_expenditure"], outlook["months_left"]) == (
        2,
        "12000000.00",
        "2.00",
    )
    notice = (await client.get("/public-notices/Quận 10")).json()
    assert [(n["masked_id"], n["name"], n["monthly_amount"]) for n in notice] == [
        ("0791******34", "Nguyễn Thị Lan", "6000000.00"),
        ("0791******78", "Nguyễn Thị Lan", "6000000.00"),
    ]
    assert (await client.get("/public-notices/Quận 1")).json() == []


async def test_the_pension_continuation_rate_of_the_registered_unemployed(client: httpx.AsyncClient) -> None:
    people = [f"07919000{n:04d}" for n in range(10)]
    await builders.deliver(client, *[builders.registration(p) for p in people])
    for person in people[:7]:
        continuation = (
            await client.post(
                "/pension-continuations",
                json={"national_id": person, "registered_on": "2025-07-10", "monthly_contribution": "500000"},
            )
        ).json()
        paid = await client.post(
            f"/pension-continuations/{continuation['id']}/payments",
            json={"month": "2025-08", "amount": "500000", "paid_on": "2025-08-10"},
        )
        assert paid.status_code == 201
    duplicate = await client.post(
        f"/pension-continuations/{continuation['id']}/payments",
        json={"month": "2025-08", "amount": "500000", "paid_on": "2025-08-11"},
    )
    assert duplicate.status_code == 409
    rate = (
        await client.get("/pension-continuations/rate", params={"paid_since": "2025-08-01", "province": "Hồ Chí Minh"})
    ).json()
    assert (rate["unemployed"], rate["continuing"], rate["paying_this_period"], rate["rate"]) == (10, 7, 7, 0.7)
    registered = await published(client, PensionContinuationRegistered.event_type)
    assert [(e.subject, e.data["registered_on"]) for e in registered] == [(p, "2025-07-10") for p in people[:7]]


async def test_overdue_certifications_and_community_staffing(client: httpx.AsyncClient) -> None:
    retirees = []
    for n in range(3):
        response = await client.post(
            "/retirees",
            json={
                "national_id": f"2201021955031200{n}X",
                "full_name": f"退休人员{n}",
                "city": "长春市",
                "county": "朝阳区",
                "street": "红旗街道",
                "community_code": "CC-HQ-01",
                "pension_since": "2010-04-01",
            },
        )
        retirees.append(response.json())
    await client.post(
        f"/retirees/{retirees[0]['id']}/certifications",
        json={"year": 2025, "certified_on": "2025-05-10", "certified_by": "红旗街道劳动保障站"},
    )
    await client.post(
        f"/retirees/{retirees[1]['id']}/certifications",
        json={"year": 2024, "certified_on": "2024-05-10", "certified_by": "红旗街道劳动保障站"},
    )
    twice = await client.post(
        f"/retirees/{retirees[0]['id']}/certifications",
        json={"year": 2025, "certified_on": "2025-06-10", "certified_by": "x"},
    )
    assert twice.status_code == 409
    assert (
        await client.get("/retirees/overdue", params={"year": 2025, "as_of": "2025-12-31"})
    ).json() == []  # not due yet
    overdue = (await client.get("/retirees/overdue", params={"year": 2025, "as_of": "2026-01-05"})).json()
    assert [(o["retiree_id"], o["last_certified_year"]) for o in overdue] == [
        (retirees[1]["id"], 2024),
        (retirees[2]["id"], None),
    ]
    staffing = (await client.get("/communities/CC-HQ-01/staffing")).json()
    assert (staffing["retirees"], staffing["staff_needed"], staffing["stations_needed"]) == (3, 1, 1)


async def test_staffing_is_one_per_500_retirees_and_at_most_four_per_station(client: httpx.AsyncClient) -> None:
    from sqlalchemy import insert

    from services.social_insurance.models import Retiree
    from tests.services.support import sessionmaker_of

    async with sessionmaker_of(client)() as session, session.begin():
        for community, count in (("SMALL", 500), ("LARGE", 2001)):
            await session.execute(
                insert(Retiree),
                [
                    {
                        "national_id": f"{community}{n:08d}",
                        "full_name": "x",
                        "city": "c",
                        "county": "k",
                        "street": "s",
                        "community_code": community,
                        "pension_since": date(2010, 1, 1),
                    }
                    for n in range(count)
                ],
            )
    small = (await client.get("/communities/SMALL/staffing")).json()
    large = (await client.get("/communities/LARGE/staffing")).json()
    assert (small["staff_needed"], small["stations_needed"]) == (1, 1)
    assert (large["staff_needed"], large["stations_needed"]) == (5, 2)


async def test_the_forecast_runs_benefits_out_and_adds_new_ones_at_the_current_claim_rate(
    client: httpx.AsyncClient,
) -> None:
    await two_recipients(client)
    benefits = (await client.get("/benefits", params={"fund_area": "Hồ Chí Minh"})).json()["items"]
    assert [(b["start_date"][:7], b["months"], b["monthly_amount"]) for b in benefits] == [
        ("2025-07", 3, "6000000.00")
    ] * 2
    area = {"name": "Hồ Chí Minh", "balance": "60000000", "monthly_income": "0", "monthly_expenditure": "0"}
    await client.put("/fund-areas/Hồ Chí Minh", json=area)
    support.set_today(client, date(2025, 8, 15))
    forecast = (await client.get("/fund-areas/Hồ Chí Minh/forecast")).json()
    # Two benefits started in the last three whole months (May to July): 2/3 a month, of
    # 6,000,000 for 3 months. September still pays the two running ones; from November three
    # months of new ones overlap (3 x 2/3 people).
    assert (forecast["claim_rate"], forecast["new_benefit_amount"], forecast["new_benefit_months"]) == (
        "0.67",
        "6000000.00",
        3,
    )
    assert [
        (m["month"], m["recipients"], m["expenditure"], m["balance"], m["months_left"], m["below_threshold"])
        for m in forecast["months"]
    ] == [
        ("2025-09-01", "2.67", "16000000.00", "44000000.00", "2.75", False),
        ("2025-10-01", "1.33", "8000000.00", "36000000.00", "4.50", False),
        ("2025-11-01", "2.00", "12000000.00", "24000000.00", "2.00", False),
        ("2025-12-01", "2.00", "12000000.00", "12000000.00", "1.00", True),
        ("2026-01-01", "2.00", "12000000.00", "0.00", "0.00", True),
        ("2026-02-01", "2.00", "12000000.00", "0.00", "0.00", True),
    ]
    # The reported expenditure is the floor, as in the months-left figure; income is taken off.
    await client.put(
        "/fund-areas/Hồ Chí Minh", json={**area, "monthly_expenditure": "14000000", "monthly_income": "2000000"}
    )
    months = (await client.get("/fund-areas/Hồ Chí Minh/forecast", params={"months": 2})).json()["months"]
    assert [(m["expenditure"], m["net_outflow"], m["balance"]) for m in months] == [
        ("16000000.00", "14000000.00", "46000000.00"),
        ("14000000.00", "12000000.00", "34000000.00"),
    ]
    missing = await client.get("/fund-areas/Đà Nẵng/forecast")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    assert (await client.get("/fund-areas/Hồ Chí Minh/forecast", params={"months": 25})).status_code == 422
