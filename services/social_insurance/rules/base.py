"""What every rulebook does the same way: assemble the decision and the payment schedule."""

from abc import ABC, abstractmethod
from datetime import date
from decimal import Decimal
from typing import Any

from services.social_insurance.rules.dates import monthly_periods
from services.social_insurance.rules.model import ClaimFacts, Decision, EmploymentFinding, RuleOutcome, ScheduledPayment
from services.social_insurance.rules.packs import pack_data

WHOLE = Decimal(1)


def money(amount: Decimal) -> str:
    return f"{amount:,.0f}"


class Rulebook(ABC):
    """A rulebook: its parameters and articles come from its pack file; subclasses hold the rules."""

    id: str

    def __init__(self) -> None:
        data = pack_data(self.id)
        self.version: int = data["version"]
        self.title: str = data["title"]
        self.parameters: dict[str, Any] = data["parameters"]
        self.articles: dict[str, str] = data["articles"]
        self.localities: dict[str, Any] | None = data.get("localities")

    def outcome(self, rule: str, passed: bool, reason: str) -> RuleOutcome:
        """A rule's outcome, citing its article."""
        return RuleOutcome(rule=rule, article=self.articles[rule], passed=passed, reason=reason)

    # The rules; each rulebook says what they are.
    @abstractmethod
    def eligibility(self, facts: ClaimFacts) -> list[RuleOutcome]:
        """Every condition of entitlement, each with its outcome."""

    @abstractmethod
    def monthly_amount(self, facts: ClaimFacts) -> tuple[Decimal, RuleOutcome]:
        """The monthly benefit and how it was reached."""

    @abstractmethod
    def duration(self, facts: ClaimFacts) -> tuple[int, RuleOutcome]:
        """The months of benefit and how they were reached."""

    @abstractmethod
    def benefit_start(self, facts: ClaimFacts) -> tuple[date, RuleOutcome]:
        """The first day of benefit."""

    def employment_stops_benefit(self, finding: EmploymentFinding, *, locality_code: str | None) -> RuleOutcome | None:
        """Whether evidence of work ends a benefit under this rulebook (None: it is not a ground here)."""
        return None

    def recovered(self, *, period_start: date, period_end: date, back_in_work_on: date) -> bool:
        """Whether a month paid is owed back when the person had work from `back_in_work_on`: the
        pack states its reading of the month in which the job began."""
        reading = self.parameters["recovery"]["months"]
        if reading == "starting_on_or_after":
            return period_start >= back_in_work_on
        if reading == "ending_on_or_after":  # the month in which the job began is recovered too
            return period_end >= back_in_work_on
        raise ValueError(f"{self.id}: unknown recovery reading {reading!r}")

    def reserved_contribution_months(self, *, contributed: int, months_received: int, ground: str | None) -> int:
        """Contribution months kept for the next claim when a benefit ended early on a ground the
        law names: those behind the months not received (none where the pack reserves nothing)."""
        reserve = self.parameters.get("reserve")
        if reserve is None or ground not in reserve["grounds"]:
            return 0
        return max(0, contributed - reserve["contribution_months_per_benefit_month"] * months_received)

    @property
    def refusals_before_termination(self) -> int:
        return int(self.parameters["refusals_before_termination"])

    @property
    def missed_notices_before_termination(self) -> int | None:
        return self.parameters.get("missed_notices_before_termination")

    def decide(self, facts: ClaimFacts) -> Decision:
        """Evaluate every rule; an eligible claim gets its amount, duration and payment schedule."""
        rules = self.eligibility(facts)
        if not all(r.passed for r in rules):
            return Decision(
                pack=self.id,
                pack_version=self.version,
                eligible=False,
                rules=rules,
                monthly_amount=Decimal(0),
                months=0,
                benefit_start=None,
                payments=[],
                health_cover=None,
            )
        amount, amount_rule = self.monthly_amount(facts)
        months, duration_rule = self.duration(facts)
        start, start_rule = self.benefit_start(facts)
        payments = [
            ScheduledPayment(number=n, period_start=first, period_end=last, amount=amount)
            for n, (first, last) in enumerate(monthly_periods(start, months), start=1)
        ]
        return Decision(
            pack=self.id,
            pack_version=self.version,
            eligible=True,
            rules=[*rules, amount_rule, duration_rule, start_rule],
            monthly_amount=amount,
            months=months,
            benefit_start=start,
            payments=payments,
            health_cover=self.parameters["health_cover"],
        )
