"""Work again, known everywhere: labour, social insurance and job matching running with their
workers on a real bus (the embedded log on SQLite, Kafka on PostgreSQL). Every channel that can
report a new job — a contract at labour, a placement at job matching, another employer's
contributions at social insurance, a partner's new-hire report, a finding of de facto work —
ends the benefit from the job's first day with the overpayment, closes the registration and
stops matching; however many channels report the same job and in whatever order, once."""

import asyncio
import itertools
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from labourlink.local_system import skip_earlier_events
from services.job_matching.service import definition as job_matching
from services.labour.service import definition as labour
from services.social_insurance.service import definition as social_insurance
from tests.databases import MigratedTemplates
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, require_kafka
from tests.services import support
from tests.services.job_matching import builders as jm_builders
from tests.services.labour import builders as labour_builders
from tests.services.social_insurance import builders as si_builders

BACKENDS = [
    pytest.param(("embedded", "sqlite"), id="embedded-sqlite"),
    pytest.param(("kafka", "postgres"), id="kafka-postgres", marks=[pytest.mark.kafka, pytest.mark.postgres]),
]
LAST_DAY, JOB_START = date(2025, 6, 30), date(2025, 9, 1)
NEW_EMPLOYER = {"tax_code": "0309999997", "name": "Công ty TNHH Dệt Sài Gòn"}


@dataclass
class Agencies:
    labour: httpx.AsyncClient
    social_insurance: httpx.AsyncClient
    job_matching: httpx.AsyncClient


@pytest.fixture(params=BACKENDS)
async def a(
    request: pytest.FixtureRequest, migrated_templates: MigratedTemplates, tmp_path: Path
) -> AsyncIterator[Agencies]:
    """The three agencies running with their workers, on each backend."""
    bus, database = request.param
    settings: dict[str, Any] = {"run_workers": True, "consumer_backoff_seconds": 0.05}
    if bus == "kafka":
        await require_kafka()
        await skip_earlier_events(KAFKA_BOOTSTRAP_SERVERS)  # no event of an earlier run reaches these databases
        settings |= {"bus_backend": "kafka", "kafka_bootstrap_servers": KAFKA_BOOTSTRAP_SERVERS}
    async with AsyncExitStack() as stack:
        clients = [
            await stack.enter_async_context(support.app_client(d, migrated_templates, database, tmp_path, **settings))
            for d in (labour, social_insurance, job_matching)
        ]
        yield Agencies(*clients)


async def eventually(check: Callable[[], Awaitable[Any]], what: str, timeout_seconds: float = 60) -> Any:
    deadline = time.monotonic() + timeout_seconds
    while not (found := await check()):
        assert time.monotonic() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.1)
    return found


async def out_of_work(a: Agencies, *, claim: bool = True) -> str:
    """A worker whose contract ended on LAST_DAY, registered at a centre (a seeker at job matching);
    with `claim`, on a 4-month benefit from 2025-07-22, all of it paid."""
    person = await _laid_off(a, jurisdiction="VN", start="2021-01-01", months=48, salary=9_000_000)
    await eventually(lambda: _seeker_status(a, person, "active"), "the seeker")
    if claim:
        filed = await a.social_insurance.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})
        assert filed.json()["eligible"] and filed.json()["decision"]["months"] == 4, filed.text
        await a.social_insurance.post("/benefit-payments/run", json={"through": "2025-10-31"})
    return person


async def _laid_off(a: Agencies, *, jurisdiction: str, start: str, months: int, salary: int) -> str:
    """A worker employed from `start` and insured for `months` at `salary`, registered at a centre on
    3 July 2025, whose employer closed on LAST_DAY; returns when social insurance has issued the notice."""
    case = await labour_builders.employment(a.labour, jurisdiction=jurisdiction, start=start)
    person = case["worker"]["national_id"]
    await si_builders.import_contributions(
        a.social_insurance,
        si_builders.contribution_lines(
            person, last_day=LAST_DAY, months=months, salary=salary, employer=case["employer"]["tax_code"]
        ),
    )
    centre = await labour_builders.centre(a.labour, caseworkers=1, jurisdiction=jurisdiction)
    await labour_builders.registration(
        a.labour, national_id=person, centre_code=centre["code"], registered_on="2025-07-03"
    )
    ended = await a.labour.post(
        "/terminations",
        json={
            "contract_id": case["contract"]["id"],
            "last_working_day": str(LAST_DAY),
            "reported_on": "2025-07-01",
            "reason": "enterprise_closure",
        },
    )
    assert ended.status_code == 201, ended.text
    await eventually(lambda: _items(a.social_insurance, "/continuation-notices", person), "the notice")
    return person


async def _items(client: httpx.AsyncClient, path: str, person: str) -> list[dict[str, Any]]:
    return (await client.get(path, params={"national_id": person})).json()["items"]


async def _seeker_status(a: Agencies, person: str, status: str) -> bool:
    seeker = await a.job_matching.get(f"/seekers/{person}")
    return seeker.status_code == 200 and seeker.json()["status"] == status


# Each channel, as its agency's users report the job.
async def by_contract(a: Agencies, person: str, start: date = JOB_START) -> None:
    employer = await a.labour.post(
        "/employers", json=labour_builders.employer_body(tax_code=NEW_EMPLOYER["tax_code"], name=NEW_EMPLOYER["name"])
    )
    assert employer.status_code in (201, 409), employer.text  # registered by an earlier contract of the test
    response = await a.labour.post(
        "/contracts",
        json={
            "national_id": person,
            "employer_tax_code": NEW_EMPLOYER["tax_code"],
            "contract_type": "indefinite",
            "start_date": str(start),
            "insured_monthly_salary": "9000000",
        },
    )
    assert response.status_code == 201, response.text


async def by_placement(a: Agencies, person: str, start: date = JOB_START) -> None:
    response = await a.job_matching.post(
        "/placements",
        json={
            "national_id": person,
            "employer_tax_code": NEW_EMPLOYER["tax_code"],
            "employer_name": NEW_EMPLOYER["name"],
            "start_date": str(start),
            "monthly_wage": "9000000",
        },
    )
    assert response.status_code == 201, response.text


async def by_contributions(a: Agencies, person: str, start: date = JOB_START) -> None:
    await si_builders.import_contributions(
        a.social_insurance,
        si_builders.contribution_lines(person, last_day=start, months=1, employer=NEW_EMPLOYER["tax_code"]),
    )


async def by_new_hire(a: Agencies, person: str, start: date = JOB_START) -> None:
    line = {
        "idempotency_key": f"TNCN/{person}",
        "record": {
            "national_id": person,
            "employer_tax_code": NEW_EMPLOYER["tax_code"],
            "employer_name": NEW_EMPLOYER["name"],
            "start_date": str(start),
            "reported_by": "VN-GDT-HCM",
            "reference": f"TNCN/{person}",
        },
    }
    report = await a.labour.post(
        "/sync/new-hires", content=(json.dumps(line) + "\n").encode(), headers={"content-type": "application/x-ndjson"}
    )
    assert report.json()["created"] == 1, report.text


CHANNELS = {
    "contract": by_contract,
    "placement": by_placement,
    "contributions": by_contributions,
    "new_hire": by_new_hire,
}


async def channels_reported(a: Agencies, person: str) -> set[str]:
    return {c for job in await _items(a.labour, "/reemployments", person) for c in job["channels"]}


async def assert_work_again_is_known_everywhere(a: Agencies, person: str, *, channels: set[str], reason: str) -> None:
    """One job; the benefit ended from its first day, the two months paid for periods from then on
    to recover; the registration closed as re-employed; matching stopped."""
    (job,) = await eventually(lambda: _items(a.labour, "/reemployments", person), "the job at labour")
    assert (job["start_date"], set(job["channels"])) == (str(JOB_START), channels)

    async def ended() -> dict[str, Any] | None:
        (benefit,) = await _items(a.social_insurance, "/benefits", person)
        return benefit if benefit["status"] == "terminated" else None

    benefit = await eventually(ended, "the benefit's end")
    assert benefit["ended_on"] == str(JOB_START)
    (overpayment,) = await _items(a.social_insurance, "/overpayments", person)
    assert (overpayment["months"], overpayment["amount"]) == (2, "10800000.00")  # the periods from 22 Sep and 22 Oct
    (registration,) = await _items(a.labour, "/registrations", person)
    assert (registration["status"], registration["closed_on"], registration["close_reason"]) == (
        "closed",
        str(JOB_START),
        reason,
    )
    await eventually(lambda: _seeker_status(a, person, "placed"), "matching to stop")


@pytest.mark.parametrize(
    "channel,reason",
    [
        ("contract", "reemployed_self_found"),
        ("placement", "reemployed_placement"),
        ("contributions", "reemployed_self_found"),
        ("new_hire", "reemployed_self_found"),
    ],
)
async def test_each_channel_alone_ends_the_benefit_closes_the_case_and_stops_matching(
    a: Agencies, channel: str, reason: str
) -> None:
    await jm_builders.vacancy(a.job_matching, isco_code="7533", title="Sewing machine operator", province="Hồ Chí Minh")
    person = await out_of_work(a)
    offers = await eventually(lambda: _items(a.job_matching, "/offers", person), "an offer on registration")
    await CHANNELS[channel](a, person)
    await assert_work_again_is_known_everywhere(a, person, channels={channel}, reason=reason)
    withdrawn = await _items(a.job_matching, "/offers", person)
    assert len(withdrawn) == len(offers) and all(o["withdrawn_on"] == str(JOB_START) for o in withdrawn)


async def test_three_channels_reporting_one_job_in_every_order_have_one_effect(a: Agencies) -> None:
    orders = list(itertools.permutations(("contract", "placement", "contributions")))
    people = [await out_of_work(a) for _ in orders]
    for person, order in zip(people, orders, strict=True):
        for number, channel in enumerate(order, start=1):
            await CHANNELS[channel](a, person)
            # Each report reaches labour before the next is made: this order, and no other.
            await eventually(lambda p=person, n=number: _reported(a, p, n), f"{order[:number]} at labour")
    for person, order in zip(people, orders, strict=True):
        reason = "reemployed_placement" if order[0] == "placement" else "reemployed_self_found"
        await assert_work_again_is_known_everywhere(a, person, channels=set(order), reason=reason)
        (benefit,) = await _items(a.social_insurance, "/benefits", person)
        assert f"reported by {order[0]}" in benefit["end_reason"]


async def _reported(a: Agencies, person: str, count: int) -> bool:
    return len(await channels_reported(a, person)) >= count


async def test_a_job_after_the_benefit_ran_out_changes_nothing_and_one_without_a_benefit_only_closes_the_case(
    a: Agencies,
) -> None:
    later, unclaimed = await out_of_work(a), await out_of_work(a, claim=False)
    await by_contract(a, later, start=date(2025, 12, 1))  # the benefit's last month ended on 21 Nov
    await by_contract(a, unclaimed)
    for person in (later, unclaimed):
        await eventually(lambda p=person: _items(a.labour, "/reemployments", p), "the job")
        await eventually(lambda p=person: _seeker_status(a, p, "placed"), "matching to stop")
        (registration,) = await _items(a.labour, "/registrations", person)
        assert (registration["status"], registration["close_reason"]) == ("closed", "reemployed_self_found")
    (benefit,) = await _items(a.social_insurance, "/benefits", later)
    assert benefit["status"] == "completed"
    assert await _items(a.social_insurance, "/benefits", unclaimed) == []
    await asyncio.sleep(1)  # what a late event would do, it would have done by now
    for person in (later, unclaimed):
        assert await _items(a.social_insurance, "/overpayments", person) == []


async def test_a_finding_of_hidden_work_in_jilin_is_a_job_report_too(a: Agencies) -> None:
    person = await _laid_off(a, jurisdiction="CN", start="2018-01-01", months=70, salary=5000)

    async def decided() -> dict[str, Any] | None:
        claim = (
            await a.social_insurance.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})
        ).json()
        return claim if claim.get("eligible") else None  # China needs the registration, which travels too

    claim = await eventually(decided, "an eligible claim")
    await a.social_insurance.post("/benefit-payments/run", json={"through": "2025-10-31"})
    found = await a.social_insurance.post(
        f"/benefits/{claim['benefit_id']}/employment-findings",
        json={
            "finding": {"kind": "de_facto", "consecutive_months": 3, "monthly_income": "1900"},
            "found_on": "2025-09-01",
        },
    )
    assert found.json()["benefit_ended"], found.text
    (job,) = await eventually(lambda: _items(a.labour, "/reemployments", person), "the job at labour")
    assert (job["channel"], job["start_date"]) == ("employment_finding", "2025-09-01")
    await eventually(lambda: _seeker_status(a, person, "placed"), "matching to stop")
    (registration,) = await _items(a.labour, "/registrations", person)
    assert (registration["status"], registration["close_reason"]) == ("closed", "reemployed_self_found")
    await asyncio.sleep(0.5)
    assert (
        len(await _items(a.social_insurance, "/overpayments", person)) == 1
    )  # the finding ended it; the job changed nothing more
