"""Contributions (import, arrears) and continuation notices."""

from datetime import date

import httpx

from shared.events.social_insurance import ContinuationNoticeIssued, ContributionRecorded
from shared.events.vocabulary import TerminationReason
from tests.services.social_insurance import builders
from tests.services.social_insurance.conftest import published

PERSON = "079190001234"
LAST_DAY = date(2025, 6, 30)


async def test_monthly_reports_import_idempotently_with_a_result_per_line(client: httpx.AsyncClient) -> None:
    lines = builders.contribution_lines(PERSON, last_day=LAST_DAY, months=3, paid=False)
    first = await builders.import_contributions(client, lines)
    assert (first["created"], first["unchanged"], first["updated"], first["rejected"]) == (3, 0, 0, 0)
    again = await builders.import_contributions(client, lines)
    assert again["unchanged"] == 3 and [r["id"] for r in again["results"]] == [r["id"] for r in first["results"]]

    paid = [{**line, "paid_on": line["due_on"]} for line in lines[:1]]
    bad = {**lines[1], "insured_salary": "-5"}
    report = await builders.import_contributions(client, [*paid, bad])
    assert [r["status"] for r in report["results"]] == ["updated", "rejected"]
    assert report["results"][1]["problem"]["errors"][0]["field"] == "insured_salary"
    events = await published(client, ContributionRecorded.event_type)
    assert [e.data["paid"] for e in events] == [False, False, False, True]  # nothing re-published for unchanged lines


async def test_employers_in_arrears_are_flagged_with_the_amount_owed(client: httpx.AsyncClient) -> None:
    unpaid = builders.contribution_lines(PERSON, last_day=LAST_DAY, months=2, employer="0300000018", paid=False)
    late = [
        {**line, "paid_on": "2025-09-15"}
        for line in builders.contribution_lines(PERSON, last_day=LAST_DAY, months=1, employer="0300000025")
    ]
    on_time = builders.contribution_lines(PERSON, last_day=LAST_DAY, months=2, employer="0300000032")
    await builders.import_contributions(client, unpaid + late + on_time)
    arrears = (await client.get("/arrears", params={"as_of": "2025-12-31"})).json()
    assert [(a["employer_tax_code"], a["unpaid_months"], a["late_months"]) for a in arrears] == [
        ("0300000018", 2, 0),
        ("0300000025", 0, 1),
    ]
    per_month = 9_000_000 * (8 + 14 + 1 + 4.5) / 100
    assert float(arrears[0]["amount_owed"]) == 2 * per_month


async def test_a_termination_issues_a_continuation_notice_in_three_languages(client: httpx.AsyncClient) -> None:
    await builders.import_contributions(client, builders.contribution_lines(PERSON, last_day=LAST_DAY, months=30))
    termination = builders.termination(PERSON, last_working_day=LAST_DAY, full_name="Nguyễn Thị Lan")
    await builders.deliver(client, termination)
    await builders.deliver(client, termination)  # redelivered: still one notice

    (event,) = await published(client, ContinuationNoticeIssued.event_type)
    assert (event.data["contribution_months"], event.data["account_balance"]) == (30, str(30 * 720_000) + ".00")
    notice = (await client.get(f"/continuation-notices/{event.data['notice_id']}", params={"language": "vi"})).json()
    assert notice["account"] == {
        "balance": "21600000.00",
        "currency": "VND",
        "contribution_months": 30,
        "years": 2,
        "months": 6,
    }
    assert notice["title"] == "Thông báo tiếp tục tham gia bảo hiểm xã hội"
    assert set(notice["options"]) == {"new_employer", "self_employed", "flexible"} and notice["documents"]
    assert "60%" in notice["benefit_calculation"] and notice["contact"]["phone"]
    # Addressed by name, money and dates as each language writes them, one reference in every language.
    assert notice["addressee"] == "Nguyễn Thị Lan"
    assert "21.600.000\u00a0₫" in notice["account_summary"] and "ngày 30 tháng 6 năm 2025" in notice["ended"]
    reference = f"LL-VN-{notice['issued_at'][:4]}-{event.data['notice_id']:07d}"
    assert notice["reference"] == reference
    for language, title, day in (
        ("zh", "社会保险缴费接续通知书", "2025年6月30日"),
        ("en", "Notice of social-insurance continuation", "June 30, 2025"),
    ):
        page = await client.get(
            f"/continuation-notices/{event.data['notice_id']}/print",
            params={"language": language, "national_id": event.data["national_id"]},
        )
        assert page.headers["content-type"].startswith("text/html") and f"<h1>{title}</h1>" in page.text
        assert "Nguyễn Thị Lan" in page.text and day in page.text and reference in page.text
        assert "₫21,600,000" in page.text or "21,600,000" in page.text
    someone_else = await client.get(
        f"/continuation-notices/{event.data['notice_id']}/print", params={"national_id": "001190000001"}
    )
    assert someone_else.status_code == 404

    corrected = termination.model_copy(update={"version": 2, "last_working_day": date(2025, 7, 15)})
    await builders.deliver(client, corrected)
    assert len(await published(client, ContinuationNoticeIssued.event_type)) == 2
    older = termination.model_copy(update={"version": 1, "reason": TerminationReason.death})
    await builders.deliver(client, older)  # a stale version arriving late changes nothing
    assert len(await published(client, ContinuationNoticeIssued.event_type)) == 2
