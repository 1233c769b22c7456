"""Dates that cannot be true are refused with the field and the limit; a last working day within
the longest notice period is accepted as announced. "Today" is the service's clock."""

from datetime import date, timedelta

import httpx

from shared.events.labour import TerminationCorrected, TerminationRecorded
from tests.services import support
from tests.services.labour import builders
from tests.services.labour.conftest import published

TODAY = date(2026, 6, 1)


def refused(response: httpx.Response, field: str, rule: str) -> bool:
    assert response.status_code == 422, response.text
    error = response.json()["errors"][0]
    return (error["field"], error["rule"]) == (field, rule)


async def test_birth_dates_in_the_future_and_workers_under_working_age_are_refused(client: httpx.AsyncClient) -> None:
    support.set_today(client, TODAY)
    born_2090 = await client.post(
        "/workers",
        json={
            "national_id": builders.vn_citizen_id(birth_date=date(2090, 1, 1), sex="male"),
            "jurisdiction": "VN",
            "full_name": "Lê Văn Tương Lai",
            "birth_date": "2090-01-01",
            "sex": "male",
            "address": "1 Lê Lợi",
            "province": "Hồ Chí Minh",
            "district": "Quận 1",
        },
    )
    assert refused(born_2090, "birth_date", "in_the_past")

    employer = await builders.employer(client)
    for jurisdiction, birth, start, minimum in (
        ("VN", date(2012, 7, 1), "2026-06-30", 15),
        ("CN", date(2011, 1, 2), "2027-01-01", 16),
    ):
        national_id = (
            builders.vn_citizen_id(birth_date=birth, sex="male")
            if jurisdiction == "VN"
            else builders.cn_resident_id(birth_date=birth, sex="male")
        )
        young = (
            await client.post(
                "/workers",
                json={
                    "national_id": national_id,
                    "jurisdiction": jurisdiction,
                    "full_name": "Trẻ Em",
                    "birth_date": str(birth),
                    "sex": "male",
                    "address": "1 Lê Lợi",
                    "province": "Hồ Chí Minh",
                    "district": "Quận 1",
                },
            )
        ).json()
        company = employer if jurisdiction == "VN" else await builders.employer(client, jurisdiction="CN")
        contract = {
            "national_id": young["national_id"],
            "employer_tax_code": company["tax_code"],
            "contract_type": "indefinite",
            "start_date": start,
            "insured_monthly_salary": "5000000",
        }
        response = await client.post("/contracts", json=contract)
        assert refused(response, "start_date", "minimum_working_age") and str(minimum) in response.json()["detail"]
        # From the birthday on, the same contract is lawful.
        of_age = date(birth.year + minimum, birth.month, birth.day)
        assert (await client.post("/contracts", json={**contract, "start_date": str(of_age)})).status_code == 201


async def test_a_last_working_day_beyond_the_longest_notice_is_refused_and_within_it_announced(
    client: httpx.AsyncClient,
) -> None:
    support.set_today(client, TODAY)
    vn, cn = await builders.employment(client), await builders.employment(client, jurisdiction="CN")

    def report(case: dict, last_day: date, reported_on: date = TODAY) -> dict:
        return {
            "contract_id": case["contract"]["id"],
            "last_working_day": str(last_day),
            "reason": "employer_termination",
            "reported_on": str(reported_on),
        }

    assert refused(
        await client.post("/terminations", json=report(vn, date(2027, 1, 1))),
        "last_working_day",
        "within_notice_period",
    )
    assert refused(
        await client.post("/terminations", json=report(vn, TODAY + timedelta(days=46))),
        "last_working_day",
        "within_notice_period",
    )
    assert refused(
        await client.post("/terminations", json=report(cn, TODAY + timedelta(days=31))),
        "last_working_day",
        "within_notice_period",
    )
    assert refused(
        await client.post("/terminations", json=report(vn, TODAY, reported_on=TODAY + timedelta(days=1))),
        "reported_on",
        "not_in_future",
    )

    announced = await client.post("/terminations", json=report(vn, TODAY + timedelta(days=45)))
    assert announced.status_code == 201, announced.text
    assert (await client.post("/terminations", json=report(cn, TODAY + timedelta(days=30)))).status_code == 201
    events = await published(client, TerminationRecorded.event_type)
    assert [e.data["announced"] for e in events] == [True, True]
    assert events[0].data["full_name"] == vn["worker"]["full_name"]

    correction = await client.post(
        f"/terminations/{announced.json()['id']}/corrections", json={"last_working_day": "2099-01-01"}
    )
    assert refused(correction, "last_working_day", "within_notice_period")
    moved_back = await client.post(
        f"/terminations/{announced.json()['id']}/corrections", json={"last_working_day": str(TODAY)}
    )
    assert moved_back.status_code == 201
    (corrected,) = await published(client, TerminationCorrected.event_type)
    assert corrected.data["announced"] is False


async def test_registrations_and_notices_dated_after_today_are_refused(client: httpx.AsyncClient) -> None:
    support.set_today(client, TODAY)
    person = await builders.worker(client)
    centre = await builders.centre(client, caseworkers=1)
    future = await client.post(
        "/registrations",
        json={"national_id": person["national_id"], "centre_code": centre["code"], "registered_on": "2027-01-05"},
    )
    assert refused(future, "registered_on", "not_in_future")
    await builders.registration(
        client, national_id=person["national_id"], centre_code=centre["code"], registered_on="2026-05-04"
    )
    notice = await client.post(
        "/job-search-notices",
        json={"national_id": person["national_id"], "month": "2026-06", "submitted_on": "2026-06-03"},
    )
    assert refused(notice, "submitted_on", "not_in_future")
    support.set_today(client, date(2026, 6, 3))
    notice = await client.post(
        "/job-search-notices",
        json={"national_id": person["national_id"], "month": "2026-06", "submitted_on": "2026-06-03"},
    )
    assert notice.status_code == 201, notice.text
