"""The targets the plans set (DOMAIN.md §4), with their source, per indicator.

A target set "by 2025" holds for periods ending in 2025 or before, the one set "by 2030" for
periods ending after 2025: a report is judged against the next milestone its period counts towards.
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Target:
    """An indicator's target share in percent, by the year of each milestone."""

    indicator: str
    description: str
    source: str
    percent_by_year: tuple[tuple[int, int], ...]

    def for_year(self, year: int) -> Decimal:
        """The percentage a period ending in `year` is measured against."""
        for milestone, percent in self.percent_by_year:
            if year <= milestone:
                return Decimal(percent)
        return Decimal(self.percent_by_year[-1][1])


_VN_PLAN = "seed 003: Vietnam's unemployment-insurance plan to 2030"
_XIAN = "seed 000: Xi'an re-employment assistance action (2001)"

TARGETS: dict[str, Target] = {target.indicator: target for target in (
    Target("counselled", "registered unemployed who received free counselling or vocational guidance", _VN_PLAN, ((2025, 90),)),
    Target("referred", "registered unemployed referred to a job", _VN_PLAN, ((2025, 80), (2030, 90))),
    Target("placed_after_referral", "of those referred, placed in a job through the referral", _VN_PLAN, ((2025, 60), (2030, 70))),
    Target("three_offers", "registered unemployed offered at least three matching jobs", f"{_XIAN}, annex §3.2", ((9999, 100),)),
    Target("training_pass", "of those who completed training, passed", f"{_XIAN}, annex §4.3", ((9999, 90),)),
    Target("reemployed_after_training", "of those who passed training, placed in a job afterwards", f"{_XIAN}, annex §4.3", ((9999, 50),)),
    Target("pension_continuation", "registered unemployed continuing pension contributions",
           "seed 004: Yingcheng pension continuation for the unemployed", ((9999, 70),)),
    Target("satisfaction", "UI participants satisfied with the service (4 or 5 of 5)", _VN_PLAN, ((2025, 85), (2030, 90))),
    Target("data_linkage", "terminations whose continuation notice was issued within a day", f"{_VN_PLAN}: UI data linked, complete", ((9999, 100),)),
)}
