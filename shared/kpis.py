"""The indicators the plans set targets for (DOMAIN.md §4): what each one counts, out of what, and its target.

Every report that shows an indicator reads it from here, so job matching's figures per centre and
the gateway's reports over the three services count it one way. A person counts for a
person-based indicator when the action or outcome happened on or after their registration as
unemployed; an earlier spell's referrals or offers do not count for the new registration.

The two reports over the people registered in a period legitimately follow them for different
lengths of time (their fields keep their names: partners read them), and each says which:
- job matching's figures per centre count what happened *by the period's end*, so a centre's
  figures for a month are final once the month is over;
- the gateway's KPI report counts what happened *to date*: placement often comes months after
  registration, so the people registered late in the period are followed up, not judged early.

A target set "by 2025" holds for periods ending in 2025 or before, the one set "by 2030" for
periods ending after 2025: a report is judged against the next milestone its period counts towards.
"""

from dataclasses import dataclass
from decimal import Decimal

OFFERS_PER_PERSON = 3  # seed 000 annex §3.2: at least three job offers that broadly match the person's conditions


@dataclass(frozen=True)
class Kpi:
    """An indicator: the count it measures out of which count, and its target share in percent per milestone year."""

    indicator: str
    description: str
    source: str
    numerator: str
    denominator: str
    percent_by_year: tuple[tuple[int, int], ...]

    def target_for(self, year: int) -> Decimal:
        """The percentage a period ending in `year` is measured against."""
        for milestone, percent in self.percent_by_year:
            if year <= milestone:
                return Decimal(percent)
        return Decimal(self.percent_by_year[-1][1])


_VN_PLAN = "seed 003: Vietnam's unemployment-insurance plan to 2030"
_XIAN = "seed 000: Xi'an re-employment assistance action (2001)"
_ALWAYS = 9999  # a target without a deadline

KPIS: dict[str, Kpi] = {
    kpi.indicator: kpi
    for kpi in (
        Kpi(
            "counselled",
            "registered unemployed who received free counselling or vocational guidance",
            _VN_PLAN,
            "counselled",
            "registered",
            ((2025, 90),),
        ),
        Kpi(
            "referred",
            "registered unemployed referred to a job",
            _VN_PLAN,
            "referred",
            "registered",
            ((2025, 80), (2030, 90)),
        ),
        Kpi(
            "placed_after_referral",
            "of those referred, placed in a job through the referral",
            _VN_PLAN,
            "placed_after_referral",
            "referred",
            ((2025, 60), (2030, 70)),
        ),
        Kpi(
            "three_offers",
            "registered unemployed offered at least three matching jobs",
            f"{_XIAN}, annex §3.2",
            "with_three_offers",
            "registered",
            ((_ALWAYS, 100),),
        ),
        Kpi(
            "training_pass",
            "of those who completed training, passed",
            f"{_XIAN}, annex §4.3",
            "passed_training",
            "completed_training",
            ((_ALWAYS, 90),),
        ),
        Kpi(
            "reemployed_after_training",
            "of those who passed training, placed in a job afterwards",
            f"{_XIAN}, annex §4.3",
            "placed_after_training",
            "passed_training",
            ((_ALWAYS, 50),),
        ),
        Kpi(
            "pension_continuation",
            "registered unemployed continuing pension contributions",
            "seed 004: Yingcheng pension continuation for the unemployed",
            "pension_continued",
            "registered",
            ((_ALWAYS, 70),),
        ),
        Kpi(
            "satisfaction",
            "UI participants satisfied with the service (4 or 5 of 5)",
            _VN_PLAN,
            "satisfied",
            "responses",
            ((2025, 85), (2030, 90)),
        ),
        Kpi(
            "data_linkage",
            "terminations whose continuation notice was issued within a day",
            f"{_VN_PLAN}: UI data linked, complete",
            "linked_within_a_day",
            "measured",
            ((_ALWAYS, 100),),
        ),
    )
}
