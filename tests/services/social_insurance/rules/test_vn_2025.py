"""VN-2025: Employment Law 2025 (74/2025/QH15), for terminations from 2026-01-01."""

from datetime import date
from decimal import Decimal

import pytest

from services.social_insurance.rules.books import rulebook, rulebook_for
from shared.events.vocabulary import Jurisdiction
from tests.services.social_insurance.rules.facts import contributed, vn_facts

BOOK = rulebook("VN-2025")
LAST_DAY = date(2026, 1, 2)


def facts(**overrides: object):  # noqa: ANN201
    return vn_facts(
        **{
            "last_working_day": LAST_DAY,
            "filed_on": date(2026, 1, 9),
            "contributions": contributed(LAST_DAY, 24),
            **overrides,
        }
    )


@pytest.mark.parametrize(("last_day", "pack"), [(date(2025, 12, 31), "VN-2013"), (date(2026, 1, 1), "VN-2025")])
def test_the_pack_follows_the_termination_date(last_day: date, pack: str) -> None:
    assert rulebook_for(jurisdiction=Jurisdiction.VN, termination_date=last_day, locality_code=None).id == pack


# art. 38(2): the same 12-in-24 test (also for seasonal work).
@pytest.mark.parametrize(("months", "passed"), [(11, False), (12, True)])
def test_art_38_2_contribution_period(months: int, passed: bool) -> None:
    decision = BOOK.decide(facts(contributions=contributed(LAST_DAY, months)))
    assert [r.passed for r in decision.rules if r.rule == "contribution_period"] == [passed]


# art. 39(1): 60% of the last 6 months' average, capped at 5 × the regional minimum wage of 2026.
@pytest.mark.parametrize(
    ("region", "state_paid", "amount"), [("I", False, 26_550_000), ("IV", False, 18_500_000), ("I", True, 26_550_000)]
)
def test_art_39_1_cap_on_the_2026_regional_minimum_wage(region: str, state_paid: bool, amount: int) -> None:
    decision = BOOK.decide(
        facts(wage_region=region, state_paid=state_paid, contributions=contributed(LAST_DAY, 24, salary=60_000_000))
    )
    assert decision.monthly_amount == Decimal(amount)


# art. 39(3): a check period of 10 working days, payment from the 11th.
@pytest.mark.parametrize(
    ("filed_on", "start"),
    [
        (date(2026, 1, 9), date(2026, 1, 26)),  # a Friday: 12-16 and 19-23 Jan are the check; Monday 26th pays
        (date(2026, 1, 5), date(2026, 1, 20)),  # a Monday
    ],
)
def test_art_39_3_payment_from_the_eleventh_working_day(filed_on: date, start: date) -> None:
    assert BOOK.decide(facts(filed_on=filed_on)).benefit_start == start


# art. 38(4): not employed during the check period.
@pytest.mark.parametrize(("reemployed_on", "passed"), [(date(2026, 1, 19), False), (date(2026, 1, 20), True)])
def test_art_38_4_not_reemployed_during_the_check(reemployed_on: date, passed: bool) -> None:
    decision = BOOK.decide(facts(filed_on=date(2026, 1, 9), reemployed_on=reemployed_on))
    assert [r.passed for r in decision.rules if r.rule == "not_reemployed"] == [passed]
