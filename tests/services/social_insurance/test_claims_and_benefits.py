"""Claims decided under the rulebook in force, and the benefit's life after that."""

import json
from datetime import date

import httpx

from shared.events.job_matching import RefusalRecorded
from shared.events.labour import JobSearchNoticeMissed, JobSearchNoticeRecorded
from shared.events.social_insurance import (
    BenefitSuspended,
    BenefitTerminated,
    ClaimDecided,
    ContributionRecorded,
    OverpaymentDetected,
)
from tests.services import support
from tests.services.social_insurance import builders
from tests.services.social_insurance.conftest import published

PERSON = "079190001234"
LAST_DAY = date(2025, 6, 30)


async def _eligible_vn_claim(client: httpx.AsyncClient, *, months: int = 48, national_id: str = PERSON) -> dict:
    await builders.import_contributions(
        client, builders.contribution_lines(national_id, last_day=LAST_DAY, months=months)
    )
    await builders.deliver(
        client, builders.termination(national_id, last_working_day=LAST_DAY), builders.registration(national_id)
    )
    response = await client.post("/claims", json={"national_id": national_id, "filed_on": "2025-07-07"})
    assert response.status_code == 201, response.text
    return response.json()


async def test_an_eligible_claim_states_every_rule_and_starts_a_benefit(client: httpx.AsyncClient) -> None:
    claim = await _eligible_vn_claim(client)
    decision = claim["decision"]
    assert (claim["pack"], claim["eligible"], decision["monthly_amount"], decision["months"]) == (
        "VN-2013",
        True,
        "5400000",
        4,
    )
    rules = {r["rule"]: r for r in decision["rules"]}
    assert rules["contribution_period"]["reason"] == "24 of the last 24 months contributed; 12 needed"
    assert rules["contribution_period"]["article"] == "Law on Employment 2013 art. 49(2)"
    assert len(claim["facts"]["contributions"]) == 48 and claim["benefit_id"] is not None
    benefit = (await client.get(f"/benefits/{claim['benefit_id']}")).json()
    assert (benefit["status"], benefit["start_date"], len(benefit["payments"])) == ("paying", "2025-07-22", 4)
    (event,) = await published(client, ClaimDecided.event_type)
    assert event.data["eligible"] and event.data["failed_rules"] == []
    replay = (await client.get(f"/claims/{claim['id']}/replay")).json()
    assert replay["same"] is True
    again = await client.post("/claims", json={"national_id": PERSON, "filed_on": "2025-07-08"})
    assert again.status_code == 409 and again.json()["existing"] == f"/claims/{claim['id']}"


async def test_an_ineligible_claim_says_which_rule_failed_and_why(client: httpx.AsyncClient) -> None:
    await builders.import_contributions(client, builders.contribution_lines(PERSON, last_day=LAST_DAY, months=11))
    await builders.deliver(
        client, builders.termination(PERSON, last_working_day=LAST_DAY, reason="unlawful_unilateral_quit")
    )
    claim = (await client.post("/claims", json={"national_id": PERSON, "filed_on": "2025-10-01"})).json()
    assert claim["eligible"] is False and claim["benefit_id"] is None
    (event,) = await published(client, ClaimDecided.event_type)
    assert [f.split(" (")[0] for f in event.data["failed_rules"]] == [
        "termination_ground",
        "contribution_period",
        "filing_window",
    ]
    unknown = await client.post("/claims", json={"national_id": "079000000001", "filed_on": "2025-10-01"})
    assert unknown.status_code == 404


async def test_a_chinese_claim_needs_the_unemployment_registration(client: httpx.AsyncClient) -> None:
    person = "22010219900412002X"
    await builders.import_contributions(
        client,
        builders.contribution_lines(person, last_day=LAST_DAY, months=70, salary=5000, employer="91220100000000000E"),
    )
    cn = {
        "jurisdiction": "CN",
        "wage_region": None,
        "locality_code": "220100",
        "employer_tax_code": "91220100000000000E",
        "employer_province": "吉林省",
    }
    await builders.deliver(client, builders.termination(person, last_working_day=LAST_DAY, **cn))
    refused = (await client.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})).json()
    assert refused["pack"] == "CN-JL-2003" and not refused["eligible"]
    assert [r["rule"] for r in refused["decision"]["rules"] if not r["passed"]] == ["registered_and_seeking"]


async def test_missed_notices_suspend_a_notice_resumes_three_in_a_row_end_it(client: httpx.AsyncClient) -> None:
    claim = await _eligible_vn_claim(client)
    benefit_url = f"/benefits/{claim['benefit_id']}"
    await builders.deliver(
        client, JobSearchNoticeMissed(registration_id=1, national_id=PERSON, month="2025-08", consecutive_missed=1)
    )
    assert (await client.get(benefit_url)).json()["status"] == "suspended"
    paid = (await client.post("/benefit-payments/run", json={"through": "2025-09-30"})).json()["paid"]
    assert paid == 0  # suspended: held
    await builders.deliver(
        client,
        JobSearchNoticeRecorded(registration_id=1, national_id=PERSON, month="2025-09", submitted_on=date(2025, 9, 3)),
    )
    assert (await client.get(benefit_url)).json()["status"] == "paying"
    assert (await client.post("/benefit-payments/run", json={"through": "2025-09-30"})).json()[
        "paid"
    ] == 3  # the held months too
    for month, streak in (("2025-10", 1), ("2025-11", 2), ("2025-12", 3)):
        await builders.deliver(
            client, JobSearchNoticeMissed(registration_id=1, national_id=PERSON, month=month, consecutive_missed=streak)
        )
    benefit = (await client.get(benefit_url)).json()
    assert benefit["status"] == "terminated" and "3 consecutive months" in benefit["end_reason"]
    assert [e.type for e in await published(client)][-2:] == [BenefitSuspended.event_type, BenefitTerminated.event_type]


async def test_a_job_after_months_were_paid_ends_the_benefit_and_records_the_overpayment(
    client: httpx.AsyncClient,
) -> None:
    claim = await _eligible_vn_claim(client, months=60)  # 5 months of benefit from 2025-07-22
    await client.post("/benefit-payments/run", json={"through": "2025-10-31"})  # months 1-4 paid
    job = builders.reemployment(PERSON, start_date=date(2025, 9, 1))
    await builders.deliver(client, job)
    await builders.deliver(client, job)  # redelivered: still one end, one overpayment
    benefit = (await client.get(f"/benefits/{claim['benefit_id']}")).json()
    assert benefit["status"] == "terminated" and benefit["ended_on"] == "2025-09-01"
    assert [p["status"] for p in benefit["payments"]] == ["paid", "paid", "paid", "paid", "cancelled"]
    (overpayment,) = (await client.get("/overpayments", params={"national_id": PERSON})).json()["items"]
    assert (overpayment["months"], overpayment["amount"]) == (2, "10800000.00")  # periods from 22 Sep and 22 Oct
    (event,) = await published(client, OverpaymentDetected.event_type)
    assert (event.data["amount"], event.data["ground"]) == ("10800000.00", "employment")
    # The reading of the month the job began is the pack's: the period from 22 Aug began before it and is kept.
    assert "Công ty Dệt" in benefit["end_reason"] and "placement" in benefit["end_reason"]


async def test_a_new_employers_contributions_are_published_for_labour_to_take_as_a_job_report(
    client: httpx.AsyncClient,
) -> None:
    await _eligible_vn_claim(client)
    await builders.import_contributions(
        client, builders.contribution_lines(PERSON, last_day=date(2025, 9, 30), months=1, employer="0308888885")
    )
    recorded = [e.data for e in await published(client, ContributionRecorded.event_type)]
    assert {"national_id": PERSON, "employer_tax_code": "0308888885", "month": "2025-09"}.items() <= recorded[
        -1
    ].items()
    (benefit,) = (await client.get("/benefits", params={"national_id": PERSON})).json()["items"]
    assert (
        benefit["status"] == "paying"
    )  # the benefit ends once labour publishes the job (tests/services/test_reemployment.py)


async def test_refusing_two_referred_jobs_without_good_reason_ends_a_vietnamese_benefit(
    client: httpx.AsyncClient,
) -> None:
    claim = await _eligible_vn_claim(client)
    refusal = {
        "referral_id": 1,
        "national_id": PERSON,
        "vacancy_id": 9,
        "refused_on": date(2025, 8, 5),
        "explanation": None,
    }
    await builders.deliver(client, RefusalRecorded(**refusal, good_reason=True))
    await builders.deliver(client, RefusalRecorded(**refusal, good_reason=False))
    assert (await client.get(f"/benefits/{claim['benefit_id']}")).json()["status"] == "paying"
    await builders.deliver(client, RefusalRecorded(**{**refusal, "refused_on": date(2025, 8, 20)}, good_reason=False))
    benefit = (await client.get(f"/benefits/{claim['benefit_id']}")).json()
    assert benefit["status"] == "terminated" and "art. 53(3)" in benefit["end_reason"]


async def test_jilin_hidden_employment_ends_the_benefit(client: httpx.AsyncClient) -> None:
    person = "22010219900412002X"
    employer = "91220100000000000E"
    await builders.import_contributions(
        client, builders.contribution_lines(person, last_day=LAST_DAY, months=70, salary=5000, employer=employer)
    )
    cn = {
        "jurisdiction": "CN",
        "wage_region": None,
        "locality_code": "220100",
        "employer_tax_code": employer,
        "employer_province": "吉林省",
    }
    await builders.deliver(
        client,
        builders.termination(person, last_working_day=LAST_DAY, **cn),
        builders.registration(person, jurisdiction="CN"),
    )
    claim = (await client.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})).json()
    assert (claim["eligible"], claim["decision"]["months"], claim["decision"]["monthly_amount"]) == (True, 18, "1692")
    url = f"/benefits/{claim['benefit_id']}/employment-findings"
    short = await client.post(
        url,
        json={
            "finding": {"kind": "de_facto", "consecutive_months": 2, "monthly_income": "3000"},
            "found_on": "2025-10-01",
        },
    )
    assert short.json() == {"benefit_ended": False, "rule": None}
    found = (
        await client.post(
            url,
            json={
                "finding": {"kind": "de_facto", "consecutive_months": 3, "monthly_income": "1900"},
                "found_on": "2025-10-01",
            },
        )
    ).json()
    assert found["benefit_ended"] and found["rule"]["article"] == "吉政办发〔2003〕4号 §8"


async def test_work_found_after_the_benefit_ran_its_course_still_recovers_the_months_paid(
    client: httpx.AsyncClient,
) -> None:
    claim = await _eligible_vn_claim(client)  # 4 months from 2025-07-22
    await client.post("/benefit-payments/run", json={"through": "2025-10-31"})
    assert (await client.get(f"/benefits/{claim['benefit_id']}")).json()["status"] == "completed"
    await builders.deliver(client, builders.reemployment(PERSON, start_date=date(2025, 9, 1), employer_tax_code=None))
    benefit = (await client.get(f"/benefits/{claim['benefit_id']}")).json()
    assert (benefit["status"], benefit["ended_on"]) == ("terminated", "2025-09-01")
    (overpayment,) = (await client.get("/overpayments", params={"national_id": PERSON})).json()["items"]
    assert (overpayment["months"], overpayment["amount"]) == (2, "10800000.00")
    await builders.deliver(
        client, builders.reemployment(PERSON, start_date=date(2025, 12, 1), employer_name="Công ty Khác")
    )
    assert len((await client.get("/overpayments", params={"national_id": PERSON})).json()["items"]) == 1


async def test_a_pension_ends_the_benefit_and_recovers_months_paid_after_it(client: httpx.AsyncClient) -> None:
    claim = await _eligible_vn_claim(client)
    await client.post("/benefit-payments/run", json={"through": "2025-09-30"})
    ended = await client.post(
        f"/benefits/{claim['benefit_id']}/end", json={"ground": "pension", "effective_on": "2025-09-01"}
    )
    assert ended.json()["status"] == "terminated" and "art. 53(3)" in ended.json()["end_reason"]
    (overpayment,) = (await client.get("/overpayments", params={"national_id": PERSON})).json()["items"]
    assert overpayment["months"] == 1
    again = await client.post(
        f"/benefits/{claim['benefit_id']}/end", json={"ground": "death", "effective_on": "2025-10-01"}
    )
    assert again.status_code == 409
    unknown = await client.post(
        f"/benefits/{claim['benefit_id']}/end", json={"ground": "holiday", "effective_on": "2025-10-01"}
    )
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "ground"


async def test_a_centres_claim_file_decides_each_line_as_if_filed_alone_and_is_safe_to_send_again(
    client: httpx.AsyncClient,
) -> None:
    alone = await _eligible_vn_claim(client)  # filed through POST /claims
    twin, short, unknown = "079190001235", "079190001236", "079000000001"
    await builders.import_contributions(
        client,
        builders.contribution_lines(twin, last_day=LAST_DAY, months=48)
        + builders.contribution_lines(short, last_day=LAST_DAY, months=11),
    )
    await builders.deliver(client, *(builders.termination(p, last_working_day=LAST_DAY) for p in (twin, short)))
    lines = [
        {"national_id": twin, "filed_on": "2025-07-07"},
        {"national_id": short, "filed_on": "2025-07-07"},
        {"national_id": unknown, "filed_on": "2025-07-07"},
        {"national_id": twin, "filed_on": "2025-07-07"},
        {"national_id": short, "filed_on": "7 July"},
    ]
    body = "".join(json.dumps(line) + "\n" for line in lines).encode()

    report = (
        await client.post("/claims/import", content=body, headers={"content-type": "application/x-ndjson"})
    ).json()

    assert (report["created"], report["unchanged"], report["rejected"]) == (2, 1, 2)
    first, refused, not_known, repeated, invalid = report["results"]
    assert (first["status"], first["eligible"], refused["status"], refused["eligible"]) == (
        "created",
        True,
        "created",
        False,
    )
    assert (not_known["problem"]["status"], not_known["problem"]["field"]) == (404, "termination_id")
    assert (repeated["status"], repeated["id"]) == ("unchanged", first["id"])
    assert invalid["problem"]["errors"][0]["field"] == "filed_on"
    imported = (await client.get(f"/claims/{first['id']}")).json()
    assert imported["decision"] == alone["decision"]  # same history, same decision, however it was filed
    assert (await client.get(f"/benefits/{imported['benefit_id']}")).json()["status"] == "paying"

    decided = len(await published(client, ClaimDecided.event_type))
    again = (await client.post("/claims/import", content=body, headers={"content-type": "application/x-ndjson"})).json()
    assert (again["created"], again["unchanged"], again["rejected"]) == (0, 3, 2)
    assert len(await published(client, ClaimDecided.event_type)) == decided == 3


async def test_the_contribution_time_behind_months_not_received_counts_for_the_next_claim(
    client: httpx.AsyncClient,
) -> None:
    """60 months give 5 months of benefit; 1 is received before a job ends it; 36 new months later,
    the next claim counts 48 reserved + 36 = 84 months: 7 months of benefit (not 3)."""
    first = await _eligible_vn_claim(client, months=60)
    await client.post("/benefit-payments/run", json={"through": "2025-07-31"})  # month 1 (from 22 Jul) paid
    await builders.deliver(client, builders.reemployment(PERSON, start_date=date(2025, 8, 15)))
    benefit = (await client.get(f"/benefits/{first['benefit_id']}")).json()
    assert [p["status"] for p in benefit["payments"]] == ["paid"] + ["cancelled"] * 4
    assert (await client.get("/overpayments", params={"national_id": PERSON})).json()[
        "items"
    ] == []  # month 1 began before the job

    support.set_today(client, date(2028, 8, 25))  # the last month paid on 20 Aug
    await builders.import_contributions(
        client, builders.contribution_lines(PERSON, last_day=date(2028, 7, 31), months=36, employer="0309999997")
    )
    await builders.deliver(
        client,
        builders.termination(
            PERSON, last_working_day=date(2028, 7, 31), reported_on=date(2028, 8, 1), employer_tax_code="0309999997"
        ),
    )
    second = (await client.post("/claims", json={"national_id": PERSON, "filed_on": "2028-08-05"})).json()
    assert second["eligible"], second["decision"]["rules"]
    assert (second["pack"], second["decision"]["months"]) == ("VN-2025", 7)
    assert (second["facts"]["reserved_contribution_months"], second["facts"]["reserved_from_claim"]) == (
        48,
        first["id"],
    )
    (duration,) = [r for r in second["decision"]["rules"] if r["rule"] == "duration"]
    assert duration["reason"].startswith(f"36 months contributed and 48 reserved from claim {first['id']}")
