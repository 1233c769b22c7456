"""Jilin province, 吉政办发〔2003〕4号, on top of the national regulation.

§5: a termination agreement signed at the worker's own request is voluntary, and people who took a
one-time resettlement payment on closure or bankruptcy get no benefit. §8: a labour contract, a
business licence or taxi permit, or de facto work for 3+ consecutive months at or above the local
minimum wage counts as (hidden) employment, and the benefit stops.
"""

from decimal import Decimal

from services.social_insurance.rules.cn_1999 import China1999
from services.social_insurance.rules.model import ClaimFacts, EmploymentFinding, RuleOutcome


class Jilin2003(China1999):
    id = "CN-JL-2003"

    def eligibility(self, facts: ClaimFacts) -> list[RuleOutcome]:
        return [
            *super().eligibility(facts),
            self.voluntary_agreement(facts),
            self.one_time_resettlement(facts),
            *self.hidden_employment(facts),
        ]

    def voluntary_agreement(self, facts: ClaimFacts) -> RuleOutcome:
        voluntary = facts.reason.value in self.parameters["voluntary_agreement_reasons"]
        return self.outcome(
            "voluntary_agreement",
            not voluntary,
            "an agreement signed at the worker's own request ends employment by the worker's own will"
            if voluntary
            else "no termination agreement at the worker's request",
        )

    def one_time_resettlement(self, facts: ClaimFacts) -> RuleOutcome:
        resettled = facts.reason.value in self.parameters["resettlement_reasons"]
        return self.outcome(
            "one_time_resettlement",
            not resettled,
            "took a one-time resettlement payment on closure or bankruptcy"
            if resettled
            else "no one-time resettlement payment",
        )

    def hidden_employment(self, facts: ClaimFacts) -> list[RuleOutcome]:
        stops = [self.employment_stops_benefit(f, locality_code=facts.locality_code) for f in facts.employment_findings]
        found = [s for s in stops if s is not None]
        return found or [self.outcome("hidden_employment", True, "no evidence of employment")]

    def employment_stops_benefit(self, finding: EmploymentFinding, *, locality_code: str | None) -> RuleOutcome | None:
        """Whether the evidence counts as employment under §8 (an outcome that fails), or not (None)."""
        if finding.kind != "de_facto":
            return self.outcome(
                "hidden_employment", False, f"holds a {finding.kind.replace('_', ' ')}: treated as employed"
            )
        rule = self.parameters["hidden_employment"]
        minimum_wage = Decimal(self.locality(locality_code)["minimum_wage"])
        if finding.consecutive_months >= rule["consecutive_months"] and (finding.monthly_income or 0) >= minimum_wage:
            return self.outcome(
                "hidden_employment",
                False,
                f"worked {finding.consecutive_months} consecutive months earning {finding.monthly_income} "
                f"(local minimum wage {minimum_wage}): treated as employed",
            )
        return None
