"""Reports for the targets (DOMAIN.md §4), computed by the gateway from the events it received:
KPIs per district and centre, data linkage from the events' own times, the quarterly assistance
table of seed 000, the satisfaction index, and the fund months; JSON and CSV."""

import csv
import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from services.social_insurance.service import definition as social_insurance
from shared.events.job_matching import OfferMade, PlacementRecorded, ReferralMade
from shared.events.labour import CounsellingProvided, HardshipAssessed, TrainingCompleted
from shared.events.social_insurance import ContinuationNoticeIssued, PensionContinuationRegistered
from tests.services.gateway.conftest import System
from tests.services.incoming import deliver, deliver_events, registration, termination
from tests.services.support import published

REGISTERED = date(2026, 2, 2)


def counselling(person: str, on: date, kind: str = "counselling") -> CounsellingProvided:
    return CounsellingProvided(session_id=1, national_id=person, kind=kind, held_on=on, outcome="plan agreed")


def offer(person: str, on: date = date(2026, 2, 3)) -> OfferMade:
    return OfferMade(offer_id=1, national_id=person, vacancy_id=1, score=Decimal(60), offered_on=on)


def referral(person: str, on: date = date(2026, 2, 10)) -> ReferralMade:
    return ReferralMade(referral_id=1, national_id=person, vacancy_id=1, centre_code="HCM-Q10", referred_on=on)


def placement(person: str, on: date, *, referral_id: int | None) -> PlacementRecorded:
    return PlacementRecorded(
        placement_id=1,
        national_id=person,
        employer_tax_code=None,
        employer_name="Công ty A",
        start_date=on,
        monthly_wage=Decimal(8_000_000),
        referral_id=referral_id,
    )


def training(person: str, result: str, on: date = date(2026, 3, 20)) -> TrainingCompleted:
    return TrainingCompleted(
        enrolment_id=1,
        national_id=person,
        course_code="SEW-1",
        occupation="7533",
        skills=["sewing"],
        result=result,
        completed_on=on,
        certificate_number=None,
    )


def by_indicator(group: dict[str, Any]) -> dict[str, tuple[int, int, str | None, bool | None]]:
    return {i["indicator"]: (i["numerator"], i["denominator"], i["percent"], i["met"]) for i in group["indicators"]}


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


async def test_kpis_count_what_happened_after_each_registration_per_district_and_centre(system: System) -> None:
    lan, binh, chi, dung, an = "079190000001", "079190000002", "079190000003", "079190000004", "001190000005"
    await deliver(
        system.gateway,
        *(registration(p, registered_on=REGISTERED) for p in (lan, binh, chi, dung)),
        registration(an, registered_on=REGISTERED, district="Ba Đình", province="Hà Nội", centre_code="HN-BD"),
    )
    await deliver(
        system.gateway,
        counselling(lan, date(2026, 2, 3)),
        counselling(binh, date(2026, 2, 4), "vocational_guidance"),
        counselling(chi, date(2026, 2, 1)),  # before the registration: not this case's counselling
        *(offer(lan) for _ in range(3)),
        offer(binh),
        offer(binh),
        referral(lan),
        referral(binh),
        placement(lan, date(2026, 3, 1), referral_id=1),
        training(binh, "passed"),
        training(chi, "failed", date(2026, 3, 1)),
        training(dung, "dropped"),
        placement(binh, date(2026, 4, 1), referral_id=None),
        PensionContinuationRegistered(continuation_id=1, national_id=dung, registered_on=date(2026, 2, 20)),
    )
    reader = await system.client("reports:read", kind="planning_investment")
    headers = {"X-API-Key": reader}
    period = {"registered_from": "2026-01-01", "registered_to": "2026-03-31"}

    response = await system.gateway.get("/v1/reports/kpis", params={**period, "group_by": "district"}, headers=headers)
    assert response.status_code == 200, response.text
    report = response.json()
    assert [(g["province"], g["district"], g["registered"]) for g in report["groups"]] == [
        ("Hà Nội", "Ba Đình", 1),
        ("Hồ Chí Minh", "Quận 10", 4),
    ]
    assert by_indicator(report["groups"][1]) == {
        "counselled": (2, 4, "50.0", False),
        "referred": (2, 4, "50.0", False),
        "placed_after_referral": (1, 2, "50.0", False),
        "three_offers": (1, 4, "25.0", False),
        "training_pass": (1, 2, "50.0", False),
        "reemployed_after_training": (1, 1, "100.0", True),
        "pension_continuation": (1, 4, "25.0", False),
    }
    targets = {t["indicator"]: t["target_percent"] for t in report["targets"]}
    assert (targets["referred"], targets["placed_after_referral"]) == ("90", "70")  # the 2030 milestones for 2026
    assert by_indicator(report["groups"][0])["counselled"] == (0, 1, "0.0", False)

    earlier = await system.gateway.get(
        "/v1/reports/kpis",
        params={"registered_from": "2025-01-01", "registered_to": "2025-12-31", "group_by": "all"},
        headers=headers,
    )
    (nobody,) = earlier.json()["groups"]
    assert nobody["registered"] == 0 and {i["percent"] for i in nobody["indicators"]} == {None}
    assert {t["indicator"]: t["target_percent"] for t in earlier.json()["targets"]}["referred"] == "80"

    per_centre = await system.gateway.get(
        "/v1/reports/kpis",
        params={**period, "group_by": "centre", "centre_code": "HN-BD", "format": "csv"},
        headers=headers,
    )
    assert per_centre.headers["content-type"].startswith("text/csv")
    rows = csv_rows(per_centre.text)
    assert len(rows) == 7 and {r["centre_code"] for r in rows} == {"HN-BD"}
    assert rows[0]["indicator"] == "counselled" and (rows[0]["numerator"], rows[0]["denominator"], rows[0]["met"]) == (
        "0",
        "1",
        "False",
    )

    backwards = await system.gateway.get(
        "/v1/reports/kpis", params={"registered_from": "2026-03-01", "registered_to": "2026-01-01"}, headers=headers
    )
    assert backwards.status_code == 422 and backwards.json()["errors"][0]["field"] == "registered_to"
    refused = await system.gateway.get(
        "/v1/reports/kpis", params=period, headers={"X-API-Key": await system.client("events:read")}
    )
    assert refused.status_code == 403 and refused.json()["missing_scope"] == "reports:read"


async def test_data_linkage_is_measured_from_the_times_the_services_published(system: System) -> None:
    person = "079190000011"
    recorded = datetime.now(UTC) - timedelta(minutes=5)
    ended = termination(person, termination_id=501)
    # Social insurance issues the notice for the termination, as its consumer would.
    await deliver(system.social_insurance, ended, at=recorded)
    (notice,) = await published(system.social_insurance, social_insurance, ContinuationNoticeIssued.event_type)
    await deliver_events(system.gateway, notice)  # the notice may reach the gateway before the termination
    await deliver(system.gateway, ended, at=recorded)
    await deliver(
        system.gateway, ended.model_copy(update={"version": 2}), at=recorded + timedelta(hours=3)
    )  # a correction

    late, unlinked, fresh = (termination(f"07919000002{n}", termination_id=600 + n) for n in range(3))
    await deliver(system.gateway, late, unlinked, at=recorded - timedelta(days=3))
    await deliver(system.gateway, fresh, at=recorded)
    issued_late = ContinuationNoticeIssued(
        notice_id=9,
        national_id=late.national_id,
        termination_id=late.termination_id,
        termination_version=1,
        contribution_months=12,
        account_balance=Decimal(0),
        issued_at=recorded - timedelta(days=1),
    )
    await deliver(system.gateway, issued_late)
    await deliver(
        system.gateway, termination("001190000031", termination_id=700, employer_province="Hà Nội"), at=recorded
    )

    reader = await system.client("reports:read", kind="finance")
    today = datetime.now(UTC).date()
    response = await system.gateway.get(
        "/v1/reports/data-linkage",
        params={"recorded_from": str(today - timedelta(days=7)), "recorded_to": str(today)},
        headers={"X-API-Key": reader},
    )
    assert response.status_code == 200, response.text
    hanoi, hcm = response.json()["groups"]
    assert (hanoi["province"], hanoi["terminations"], hanoi["awaiting_notice"], hanoi["indicator"]["percent"]) == (
        "Hà Nội",
        1,
        1,
        None,
    )
    assert hcm["province"] == "Hồ Chí Minh"
    assert (
        hcm["terminations"],
        hcm["measured"],
        hcm["linked_within_a_day"],
        hcm["linked_later"],
        hcm["awaiting_notice"],
    ) == (4, 3, 1, 1, 1)
    assert hcm["indicator"]["percent"] == "33.3" and hcm["indicator"]["met"] is False
    lag = datetime.fromisoformat(notice.data["issued_at"]) - recorded
    assert abs(hcm["lag_p50_seconds"] - lag.total_seconds()) < 1
    assert hcm["lag_p99_seconds"] == 2 * 86400

    table = await system.gateway.get(
        "/v1/reports/data-linkage",
        params={"recorded_from": str(today - timedelta(days=7)), "recorded_to": str(today), "group_by": "all"},
        headers={"X-API-Key": reader, "Accept": "text/csv"},
    )
    (row,) = csv_rows(table.text)
    assert (row["terminations"], row["linked_within_a_day"], row["percent"], row["target_percent"]) == (
        "5",
        "1",
        "33.3",
        "100",
    )


async def test_the_quarterly_assistance_table_counts_each_district_s_actions_in_the_quarter(system: System) -> None:
    lan, binh, khoa = "079190000041", "079190000042", "079190000043"
    await deliver(
        system.gateway,
        registration(lan, registered_on=date(2026, 1, 10)),
        registration(binh, registered_on=date(2026, 2, 1), district="Quận 3"),
    )
    await deliver(
        system.gateway,
        counselling(lan, date(2026, 1, 12)),
        counselling(binh, date(2026, 2, 3), "vocational_guidance"),
        offer(lan, date(2026, 1, 12)),
        offer(lan, date(2026, 4, 2)),  # the second is in the next quarter
        training(binh, "passed", date(2026, 3, 30)),
        HardshipAssessed(
            assessment_id=1,
            national_id=binh,
            special_hardship=True,
            minimum_living_allowance_eligible=True,
            assessed_on=date(2026, 2, 5),
        ),
        ContinuationNoticeIssued(
            notice_id=1,
            national_id=khoa,
            termination_id=1,
            termination_version=1,
            contribution_months=40,
            account_balance=Decimal(0),
            issued_at=datetime(2026, 3, 2, 3, tzinfo=UTC),
        ),
    )
    reader = await system.client("reports:read", kind="labour")

    response = await system.gateway.get(
        "/v1/reports/quarterly-assistance", params={"quarter": "2026-Q1"}, headers={"X-API-Key": reader}
    )
    assert response.status_code == 200, response.text
    table = response.json()
    assert (table["period_start"], table["period_end"], table["due_on"]) == ("2026-01-01", "2026-03-31", "2026-04-10")
    counts = {
        row["district"]: (row["registrations"], {k: v for k, v in row["actions"].items() if v}) for row in table["rows"]
    }
    assert counts == {
        "Quận 10": (1, {"counselled": 1, "offered": 1}),
        "Quận 3": (1, {"vocational_guidance": 1, "training_passed": 1, "special_hardship_assessed": 1}),
        None: (0, {"continuation_notice_issued": 1}),  # a person not registered at any centre
    }
    q4 = await system.gateway.get(
        "/v1/reports/quarterly-assistance",
        params={"quarter": "2026-Q4", "format": "csv"},
        headers={"X-API-Key": reader},
    )
    assert q4.text.strip() == ""  # no rows: an empty table
    q2 = await system.gateway.get(
        "/v1/reports/quarterly-assistance",
        params={"quarter": "2026-Q2", "format": "csv"},
        headers={"X-API-Key": reader},
    )
    (row,) = csv_rows(q2.text)
    assert (row["district"], row["offered"], row["counselled"], row["due_on"]) == ("Quận 10", "1", "0", "2026-07-10")
    wrong = await system.gateway.get(
        "/v1/reports/quarterly-assistance", params={"quarter": "2026-Q5"}, headers={"X-API-Key": reader}
    )
    assert wrong.status_code == 422


async def test_centres_send_survey_answers_once_and_the_satisfaction_index_is_reported(system: System) -> None:
    centre = await system.client("surveys:write", kind="employment_service_centre", agency="HCM-Q10")
    answer = {
        "centre_code": "HCM-Q10",
        "province": "Hồ Chí Minh",
        "district": "Quận 10",
        "service": "benefit",
        "surveyed_on": "2026-03-02",
    }
    for n, score in enumerate([5, 5, 4, 4, 4, 5, 4, 5, 3, 2]):
        created = await system.gateway.post(
            "/v1/satisfaction-responses",
            json={**answer, "response_id": f"R{n}", "score": score},
            headers={"X-API-Key": centre},
        )
        assert created.status_code == 201, created.text
    again = await system.gateway.post(
        "/v1/satisfaction-responses", json={**answer, "response_id": "R0", "score": 5}, headers={"X-API-Key": centre}
    )
    assert again.status_code == 200 and again.json()["agency_code"] == "HCM-Q10"
    changed = await system.gateway.post(
        "/v1/satisfaction-responses", json={**answer, "response_id": "R0", "score": 1}, headers={"X-API-Key": centre}
    )
    assert changed.status_code == 409
    invalid = await system.gateway.post(
        "/v1/satisfaction-responses", json={**answer, "response_id": "R99", "score": 6}, headers={"X-API-Key": centre}
    )
    assert invalid.status_code == 422 and invalid.json()["errors"][0]["field"] == "score"
    not_allowed = await system.gateway.post(
        "/v1/satisfaction-responses",
        json={**answer, "response_id": "R1", "score": 5},
        headers={"X-API-Key": await system.client("reports:read", kind="tax")},
    )
    assert not_allowed.status_code == 403 and not_allowed.json()["missing_scope"] == "surveys:write"

    reader = await system.client("reports:read", kind="labour")
    response = await system.gateway.get(
        "/v1/reports/satisfaction",
        params={"surveyed_from": "2026-01-01", "surveyed_to": "2026-03-31", "group_by": "centre"},
        headers={"X-API-Key": reader},
    )
    assert response.status_code == 200, response.text
    (group,) = response.json()["groups"]
    assert (group["centre_code"], group["responses"]) == ("HCM-Q10", 10)
    assert (
        group["indicator"]["numerator"],
        group["indicator"]["percent"],
        group["indicator"]["target_percent"],
        group["indicator"]["met"],
    ) == (8, "80.0", "90", False)


async def test_fund_months_come_from_social_insurance_now(system: System) -> None:
    await system.social_insurance.put(
        "/fund-areas/22",
        json={"name": "吉林省", "balance": "1000000", "monthly_income": "100000", "monthly_expenditure": "700000"},
    )
    await system.social_insurance.put(
        "/fund-areas/79",
        json={"name": "Hồ Chí Minh", "balance": "9000000", "monthly_income": "500000", "monthly_expenditure": "400000"},
    )
    reader = await system.client("reports:read", kind="finance")
    response = await system.gateway.get("/v1/reports/fund-months", headers={"X-API-Key": reader})
    assert response.status_code == 200, response.text
    assert [(a["area_code"], a["months_left"], a["alert"]) for a in response.json()["areas"]] == [
        ("22", "1.67", True),
        ("79", None, False),
    ]
    table = await system.gateway.get("/v1/reports/fund-months", params={"format": "csv"}, headers={"X-API-Key": reader})
    assert [(r["area_code"], r["alert"]) for r in csv_rows(table.text)] == [("22", "True"), ("79", "False")]
