"""VN-2013: Law on Employment 2013 (38/2013/QH13) and Decree 28/2015 — a table per rule."""

from datetime import date
from decimal import Decimal

import pytest

from services.social_insurance.rules.books import rulebook
from tests.services.social_insurance.rules.facts import contributed, vn_facts

BOOK = rulebook("VN-2013")
LAST_DAY = date(2025, 6, 30)


def outcome(rule: str, **facts: object) -> bool:
    (found,) = [r for r in BOOK.decide(vn_facts(**facts)).rules if r.rule == rule]
    return found.passed


# art. 49(1): any end of contract except an unlawful quit by the worker, or a pension/allowance.
@pytest.mark.parametrize(
    ("reason", "passed"),
    [
        ("employer_termination", True),
        ("contract_expiry", True),
        ("dismissal_for_misconduct", True),
        ("mutual_agreement_worker_request", True),
        ("worker_termination_employer_fault", True),
        ("lawful_unilateral_quit", True),
        ("enterprise_closure", True),
        ("enterprise_closure_with_resettlement", True),
        ("unlawful_unilateral_quit", False),
        ("retirement", False),
        ("death", False),
    ],
)
def test_art_49_1_termination_ground(reason: str, passed: bool) -> None:
    assert outcome("termination_ground", reason=reason) is passed


def test_art_49_1_a_pension_or_work_incapacity_allowance_excludes() -> None:
    assert outcome("termination_ground", receives_pension=True) is False
    assert outcome("termination_ground", receives_work_incapacity_allowance=True) is False


# art. 49(2): 12 months within the 24 before termination; 12 within 36 for seasonal/under-12-month contracts.
@pytest.mark.parametrize(
    ("contract_type", "months", "skip_latest", "passed"),
    [
        ("indefinite", 11, 0, False),
        ("indefinite", 12, 0, True),
        ("definite_term", 12, 12, True),  # months 13-24 before termination: still inside the 24
        ("definite_term", 12, 13, False),  # one of them falls outside the 24
        ("seasonal", 12, 24, True),  # months 25-36 count for seasonal work
        ("seasonal", 12, 25, False),
        ("indefinite", 12, 24, False),  # the same months do not count for an indefinite contract
    ],
)
def test_art_49_2_contribution_period(contract_type: str, months: int, skip_latest: int, passed: bool) -> None:
    contributions = contributed(LAST_DAY, months, skip_latest=skip_latest)
    assert outcome("contribution_period", contract_type=contract_type, contributions=contributions) is passed


# art. 49(3): filed within 3 months of termination.
@pytest.mark.parametrize(
    ("filed_on", "passed"),
    [
        (date(2025, 6, 30), True),
        (date(2025, 9, 30), True),
        (date(2025, 10, 1), False),
        (date(2025, 6, 29), False),
    ],
)
def test_art_49_3_filing_window(filed_on: date, passed: bool) -> None:
    assert outcome("filing_window", filed_on=filed_on) is passed


# art. 49(4): not employed within 15 days after filing.
@pytest.mark.parametrize(
    ("reemployed_on", "passed"),
    [
        (None, True),
        (date(2025, 7, 22), False),
        (date(2025, 7, 23), True),
    ],
)
def test_art_49_4_not_reemployed(reemployed_on: date | None, passed: bool) -> None:
    assert outcome("not_reemployed", filed_on=date(2025, 7, 7), reemployed_on=reemployed_on) is passed


# art. 50(1), Decree 28/2015 art. 8: 60% of the last 6 months' average, capped at 5 × the regional
# minimum wage in force on the termination date (5 × base salary for state-paid posts).
@pytest.mark.parametrize(
    ("last_day", "salary", "state_paid", "amount"),
    [
        (date(2024, 6, 30), 9_000_000, False, 5_400_000),
        (date(2024, 6, 30), 50_000_000, False, 23_400_000),  # 5 × 4,680,000 (region I from 2022-07-01)
        (date(2024, 7, 1), 50_000_000, False, 24_800_000),  # 5 × 4,960,000 (region I from 2024-07-01)
        (date(2024, 6, 30), 50_000_000, True, 9_000_000),  # 5 × base salary 1,800,000
        (date(2024, 7, 1), 50_000_000, True, 11_700_000),  # 5 × base salary 2,340,000
    ],
)
def test_art_50_1_amount_and_cap(last_day: date, salary: int, state_paid: bool, amount: int) -> None:
    decision = BOOK.decide(
        vn_facts(
            last_working_day=last_day,
            filed_on=last_day,
            state_paid=state_paid,
            contributions=contributed(last_day, 24, salary=salary),
        )
    )
    assert decision.monthly_amount == Decimal(amount)


def test_art_50_1_the_average_is_of_the_last_six_months_contributed() -> None:
    older = contributed(LAST_DAY, 18, skip_latest=6, salary=6_000_000)
    latest = contributed(LAST_DAY, 6, salary=12_000_000)
    assert BOOK.decide(vn_facts(contributions=older + latest)).monthly_amount == Decimal(7_200_000)


# art. 50(2): 12-36 months -> 3 months; each further full 12 -> +1; at most 12.
@pytest.mark.parametrize(
    ("months", "benefit_months"),
    [
        (12, 3),
        (36, 3),
        (47, 3),
        (48, 4),
        (59, 4),
        (60, 5),
        (143, 11),
        (144, 12),
        (200, 12),
    ],
)
def test_art_50_2_duration(months: int, benefit_months: int) -> None:
    assert BOOK.decide(vn_facts(contributions=contributed(LAST_DAY, months))).months == benefit_months


# art. 50(3): benefit from the 16th day after filing; art. 51: health insurance during the benefit.
def test_art_50_3_start_and_art_51_health_insurance() -> None:
    decision = BOOK.decide(vn_facts(filed_on=date(2025, 7, 7)))
    assert decision.benefit_start == date(2025, 7, 22)
    assert [(p.period_start, p.period_end) for p in decision.payments][:2] == [
        (date(2025, 7, 22), date(2025, 8, 21)),
        (date(2025, 8, 22), date(2025, 9, 21)),
    ]
    assert decision.health_cover == "health_insurance"


def test_an_ineligible_decision_names_the_failing_rules_and_pays_nothing() -> None:
    decision = BOOK.decide(vn_facts(reason="unlawful_unilateral_quit", contributions=contributed(LAST_DAY, 11)))
    assert not decision.eligible and decision.months == 0 and decision.payments == []
    assert [f.split(" (")[0] for f in decision.failed_rules] == ["termination_ground", "contribution_period"]
    assert "Law on Employment 2013 art. 49(2)" in decision.failed_rules[1]
