"""China, Unemployment Insurance Regulation 1999 (失业保险条例), arts. 14-19."""

from datetime import date
from decimal import Decimal
from typing import Any

from services.social_insurance.rules.base import WHOLE, Rulebook, money
from services.social_insurance.rules.model import ClaimFacts, RuleOutcome


class China1999(Rulebook):
    id = "CN-1999"

    def locality(self, locality_code: str | None) -> dict[str, Any]:
        """The province's figures for a locality (the default row elsewhere)."""
        assert self.localities is not None
        return self.localities.get(locality_code or "", self.localities["default"])

    def eligibility(self, facts: ClaimFacts) -> list[RuleOutcome]:
        return [
            self.contribution_period(facts),
            self.termination_ground(facts),
            self.registered_and_seeking(facts),
            self.no_pension(facts),
            self.not_reemployed(facts),
        ]

    def contribution_period(self, facts: ClaimFacts) -> RuleOutcome:
        """Employer and person contributed for at least one year."""
        needed = self.parameters["minimum_contribution_months"]
        paid = len(facts.contributed_months)
        return self.outcome("contribution_period", paid >= needed, f"{paid} months contributed; {needed} needed")

    def termination_ground(self, facts: ClaimFacts) -> RuleOutcome:
        """Employment was interrupted not of the person's own will."""
        involuntary = facts.reason.value in self.parameters["involuntary_reasons"]
        return self.outcome(
            "termination_ground",
            involuntary,
            f"{facts.reason.value} is {'not ' if involuntary else ''}of the person's own will",
        )

    def registered_and_seeking(self, facts: ClaimFacts) -> RuleOutcome:
        """Registered as unemployed and seeking work."""
        registered = facts.registered_unemployed_on is not None
        return self.outcome(
            "registered_and_seeking",
            registered,
            f"registered as unemployed on {facts.registered_unemployed_on}"
            if registered
            else "not registered as unemployed",
        )

    def no_pension(self, facts: ClaimFacts) -> RuleOutcome:
        """A person drawing the basic pension cannot also draw unemployment benefit."""
        return self.outcome(
            "no_pension",
            not facts.receives_pension,
            "draws a basic pension" if facts.receives_pension else "draws no pension",
        )

    def not_reemployed(self, facts: ClaimFacts) -> RuleOutcome:
        """Not employed again."""
        if facts.reemployed_on is not None and facts.reemployed_on <= facts.filed_on:
            return self.outcome("not_reemployed", False, f"employed again on {facts.reemployed_on}")
        return self.outcome("not_reemployed", True, "not employed again")

    def monthly_amount(self, facts: ClaimFacts) -> tuple[Decimal, RuleOutcome]:
        """The province's share of the minimum wage, between the minimum living allowance and the minimum wage."""
        figures = self.locality(facts.locality_code)
        minimum_wage, floor = Decimal(figures["minimum_wage"]), Decimal(figures["minimum_living_allowance"])
        share = Decimal(figures["share_of_minimum_wage"])
        amount = min(max(minimum_wage * share, floor), minimum_wage).quantize(WHOLE)
        return amount, self.outcome(
            "amount",
            True,
            f"{share:.0%} of the local minimum wage {money(minimum_wage)}, kept between the minimum living "
            f"allowance {money(floor)} and the minimum wage: {money(amount)} a month",
        )

    def duration(self, facts: ClaimFacts) -> tuple[int, RuleOutcome]:
        """12, 18 or 24 months by years contributed, plus unused months of an earlier spell, 24 at most."""
        contributed = len(facts.contributed_months)
        tier = max(
            (t for t in self.parameters["duration_tiers"] if contributed >= t["from_months"]),
            key=lambda t: t["from_months"],
        )
        maximum = self.parameters["maximum_months"]
        months = min(tier["months"] + facts.carried_over_months, maximum)
        return months, self.outcome(
            "duration",
            True,
            f"{contributed} months contributed give {tier['months']} months"
            + (f", plus {facts.carried_over_months} carried over" if facts.carried_over_months else "")
            + f"; {months} months (at most {maximum})",
        )

    def benefit_start(self, facts: ClaimFacts) -> tuple[date, RuleOutcome]:
        """Counted from the day of unemployment registration."""
        start = facts.registered_unemployed_on or facts.filed_on  # eligibility requires the registration
        return start, self.outcome("benefit_start", True, f"benefit from the unemployment registration on {start}")
