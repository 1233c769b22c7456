"""Back in work (both Vietnamese packs, and China's recovery reading): the months paid that are
recovered, and the contribution time reserved for the next claim — a table per rule.

Reserve (Law on Employment 2013 art. 45(2), 53(4); Decree 28/2015 art. 21 as amended by Decree
61/2020; the 2025 law keeps it): a benefit ended early for work, military service or imprisonment
keeps the contribution months behind the benefit months not received — all months contributed
less 12 for each month received — and they count with the new months toward the next benefit's
duration (3 months for up to 36, one more per further 12, 12 at most)."""

from datetime import date

import pytest

from services.social_insurance.rules.books import rulebook
from tests.services.social_insurance.rules.facts import contributed, vn_facts

VN_PACKS = ["VN-2013", "VN-2025"]


# How many contribution months an early end reserves.
@pytest.mark.parametrize("pack", VN_PACKS)
@pytest.mark.parametrize(
    ("contributed_months", "received", "ground", "reserved"),
    [
        (60, 0, "employment", 60),  # 5 months of benefit, none received: all 60
        (60, 1, "employment", 48),  # the case: 4 months not received → 48
        (60, 5, "employment", 0),  # all received: nothing left
        (48, 2, "military_service", 24),
        (40, 1, "imprisonment", 28),  # 3 months of benefit; the 4 not counted for it stay too
        (20, 2, "employment", 0),  # more received than contributed behind: never below zero
        (60, 1, "refusals", 0),  # ended for refusing referred jobs: nothing reserved (art. 53(3)(đ))
        (60, 1, "emigration", 0),  # art. 53(3)(g) is not among the reserved grounds
        (60, 1, "death", 0),
    ],
)
def test_the_months_reserved_when_a_benefit_ends_early(
    pack: str, contributed_months: int, received: int, ground: str, reserved: int
) -> None:
    book = rulebook(pack)
    assert (
        book.reserved_contribution_months(contributed=contributed_months, months_received=received, ground=ground)
        == reserved
    )
    assert "reserve" in book.articles


# Reserved months count with the new ones toward the next benefit's duration, across the boundaries.
@pytest.mark.parametrize("pack", VN_PACKS)
@pytest.mark.parametrize(
    ("new_months", "reserved", "months"),
    [
        (36, 48, 7),  # the case: 48 + 36 = 84
        (36, 0, 3),  # without the reserve the spell gives 3
        (12, 24, 3),  # 36
        (12, 35, 3),  # 47: not yet a further full 12
        (12, 36, 4),  # 48
        (24, 36, 5),  # 60
        (36, 108, 12),  # 144: the maximum
        (36, 200, 12),  # beyond it, still 12
    ],
)
def test_reserved_and_new_months_give_the_duration(pack: str, new_months: int, reserved: int, months: int) -> None:
    last_day = date(2025, 6, 30) if pack == "VN-2013" else date(2026, 3, 31)
    facts = vn_facts(
        last_working_day=last_day,
        filed_on=last_day,
        contributions=contributed(last_day, new_months),
        reserved_contribution_months=reserved,
        reserved_from_claim=7 if reserved else None,
    )
    decision = rulebook(pack).decide(facts)
    assert decision.months == months
    (duration,) = [r for r in decision.rules if r.rule == "duration"]
    if reserved:
        assert (
            f"{reserved} reserved from claim 7" in duration.reason
            and rulebook(pack).articles["reserve"] in duration.reason
        )


# The month in which the job began: paid periods starting on or after its first day are recovered.
@pytest.mark.parametrize("pack", [*VN_PACKS, "CN-1999", "CN-JL-2003"])
@pytest.mark.parametrize(
    ("period_start", "period_end", "recovered"),
    [
        (date(2025, 8, 22), date(2025, 9, 21), False),  # under way on 1 Sep: the person's
        (date(2025, 9, 1), date(2025, 9, 30), True),  # begins on the job's first day
        (date(2025, 9, 22), date(2025, 10, 21), True),
        (date(2025, 7, 22), date(2025, 8, 21), False),  # before the job
    ],
)
def test_the_months_recovered_when_the_person_is_back_in_work(
    pack: str, period_start: date, period_end: date, recovered: bool
) -> None:
    book = rulebook(pack)
    assert (
        book.recovered(period_start=period_start, period_end=period_end, back_in_work_on=date(2025, 9, 1)) is recovered
    )
    assert "recovery" in book.articles
