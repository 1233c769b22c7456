"""A termination announced ahead of its last working day raises no notice and takes no claim
until that day has come; then the workers' scheduled round issues the notice. Claims and
contribution payments dated after today are refused."""

from datetime import date

import httpx

from shared.events.social_insurance import ContinuationNoticeIssued
from tests.services import support
from tests.services.social_insurance import builders
from tests.services.social_insurance.conftest import published

PERSON = "079190001234"
TODAY = date(2026, 6, 1)
LAST_DAY = date(2026, 7, 15)


async def run_scheduled_round(client: httpx.AsyncClient) -> None:
    await client._transport.app.state.runtime.run_periodic_once()  # type: ignore[attr-defined]


async def test_the_notice_and_the_claim_wait_for_the_last_working_day(client: httpx.AsyncClient) -> None:
    support.set_today(client, TODAY)
    await builders.import_contributions(
        client, builders.contribution_lines(PERSON, last_day=date(2026, 5, 31), months=36)
    )
    await builders.deliver(
        client,
        builders.termination(
            PERSON, last_working_day=LAST_DAY, reported_on=TODAY, announced=True, full_name="Nguyễn Thị Lan"
        ),
    )
    await run_scheduled_round(client)
    assert await published(client, ContinuationNoticeIssued.event_type) == []
    early = await client.post("/claims", json={"national_id": PERSON, "filed_on": str(TODAY)})
    assert early.status_code == 422 and early.json()["errors"][0]["rule"] == "employment_ended", early.text

    support.set_today(client, LAST_DAY)
    await run_scheduled_round(client)
    (notice,) = await published(client, ContinuationNoticeIssued.event_type)
    assert notice.data["national_id"] == PERSON
    await run_scheduled_round(client)  # a second round issues nothing more
    assert len(await published(client, ContinuationNoticeIssued.event_type)) == 1

    support.set_today(client, date(2026, 7, 20))
    future = await client.post("/claims", json={"national_id": PERSON, "filed_on": "2026-07-21"})
    assert future.status_code == 422 and future.json()["errors"][0]["rule"] == "not_in_future"
    assert (await client.post("/claims", json={"national_id": PERSON, "filed_on": "2026-07-20"})).status_code == 201


async def test_a_contribution_paid_after_today_is_refused_by_line(client: httpx.AsyncClient) -> None:
    support.set_today(client, TODAY)
    lines = builders.contribution_lines(PERSON, last_day=date(2026, 5, 31), months=2)
    lines[-1]["paid_on"] = "2026-06-20"
    report = await builders.import_contributions(client, lines)
    assert (report["created"], report["rejected"]) == (1, 1)
    rejected = report["results"][1]
    assert rejected["line"] == 2 and rejected["problem"]["errors"][0] == {
        "field": "paid_on",
        "rule": "not_in_future",
        "message": "2026-06-20 is after today (2026-06-01)",
    }
