"""Vietnam, Law on Employment 2013 (38/2013/QH13) arts. 49-53 and Decree 28/2015/ND-CP."""

from datetime import date, timedelta
from decimal import Decimal
from operator import attrgetter

from services.social_insurance.rules.base import WHOLE, Rulebook, money
from services.social_insurance.rules.dates import add_months, month_of, months_back
from services.social_insurance.rules.model import ClaimFacts, RuleOutcome
from services.social_insurance.rules.packs import base_salary, regional_minimum_wage
from shared.events.vocabulary import ContractType

_MONTH = attrgetter("month")


class Vietnam2013(Rulebook):
    id = "VN-2013"

    def eligibility(self, facts: ClaimFacts) -> list[RuleOutcome]:
        return [
            self.termination_ground(facts),
            self.contribution_period(facts),
            self.filing_window(facts),
            self.not_reemployed(facts),
        ]

    def termination_ground(self, facts: ClaimFacts) -> RuleOutcome:
        """Any end of contract except an unlawful quit by the worker or going onto a pension or allowance."""
        if facts.reason.value in self.parameters["excluded_reasons"]:
            return self.outcome(
                "termination_ground", False, f"the contract ended by {facts.reason.value}, which gives no benefit"
            )
        if facts.receives_pension or facts.receives_work_incapacity_allowance:
            return self.outcome(
                "termination_ground", False, "the person receives a monthly pension or work-incapacity allowance"
            )
        return self.outcome("termination_ground", True, f"the contract ended by {facts.reason.value}")

    def contribution_period(self, facts: ClaimFacts) -> RuleOutcome:
        """At least 12 months of contributions within the 24 months (36 for seasonal work) before termination."""
        windows = self.parameters["contribution_window_months"]
        window = windows["seasonal"] if facts.contract_type is ContractType.seasonal else windows["default"]
        needed = self.parameters["minimum_contribution_months"]
        paid = len(facts.contributed_months.intersection(months_back(facts.last_working_day, window)))
        return self.outcome(
            "contribution_period", paid >= needed, f"{paid} of the last {window} months contributed; {needed} needed"
        )

    def filing_window(self, facts: ClaimFacts) -> RuleOutcome:
        """The claim is filed within 3 months of the termination."""
        months = self.parameters["filing_window_months"]
        deadline = add_months(facts.last_working_day, months)
        return self.outcome(
            "filing_window",
            facts.last_working_day <= facts.filed_on <= deadline,
            f"filed on {facts.filed_on}; the window ran from {facts.last_working_day} to {deadline}",
        )

    def not_reemployed(self, facts: ClaimFacts) -> RuleOutcome:
        """Not in work within the days after filing that the law allows for a job to be found."""
        grace = self.parameters["reemployment_grace_days"]
        cutoff = facts.filed_on + timedelta(days=grace)
        if facts.reemployed_on is not None and facts.reemployed_on <= cutoff:
            return self.outcome(
                "not_reemployed", False, f"employed again on {facts.reemployed_on}, within {grace} days of filing"
            )
        return self.outcome("not_reemployed", True, f"not employed within {grace} days of filing")

    def cap(self, facts: ClaimFacts) -> tuple[Decimal, str]:
        """5 × the regional minimum wage in force at termination, or 5 × the base salary for state-paid posts."""
        multiple = self.parameters["cap_multiple"]
        if facts.state_paid and self.parameters["state_paid_cap_on_base_salary"]:
            return multiple * base_salary(facts.last_working_day), f"{multiple} × base salary"
        if facts.wage_region is None:
            raise ValueError("a private employer's wage region is needed for the cap")
        wage = regional_minimum_wage(facts.wage_region, facts.last_working_day)
        return multiple * wage, f"{multiple} × region {facts.wage_region.value} minimum wage {money(wage)}"

    def monthly_amount(self, facts: ClaimFacts) -> tuple[Decimal, RuleOutcome]:
        """60% of the average insured salary of the last 6 months contributed, capped."""
        count = self.parameters["salary_average_months"]
        last_month = month_of(facts.last_working_day)
        contributed = [c for c in facts.contributions if c.month <= last_month]
        contributed.sort(key=_MONTH)
        latest = contributed[-count:]
        average = sum((c.insured_salary for c in latest), Decimal(0)) / len(latest)
        rate = Decimal(self.parameters["replacement_rate"])
        cap, cap_basis = self.cap(facts)
        amount = min(average * rate, cap).quantize(WHOLE)
        return amount, self.outcome(
            "amount",
            True,
            f"{rate:.0%} of the {len(latest)}-month average {money(average)} = {money(average * rate)}; "
            f"cap {cap_basis} = {money(cap)}; paid {money(amount)} a month",
        )

    def duration(self, facts: ClaimFacts) -> tuple[int, RuleOutcome]:
        """3 months for 12-36 months of contributions, one more per further full 12 months, 12 at most;
        months reserved when an earlier benefit ended early count with the new ones."""
        rule = self.parameters["duration"]
        contributed = len(facts.contributed_months)
        counted = contributed + facts.reserved_contribution_months
        extra = max(0, counted - rule["base_contribution_months"]) // rule["extra_month_per"]
        months = min(rule["base_months"] + extra, rule["maximum_months"])
        if not facts.reserved_contribution_months:
            return months, self.outcome(
                "duration", True, f"{contributed} months contributed give {months} months of benefit"
            )
        return months, self.outcome(
            "duration",
            True,
            (
                f"{contributed} months contributed and {facts.reserved_contribution_months} reserved from claim "
                f"{facts.reserved_from_claim} ({self.articles['reserve']}) give {counted} months: "
                f"{months} months of benefit"
            ),
        )

    def benefit_start(self, facts: ClaimFacts) -> tuple[date, RuleOutcome]:
        """From the 16th day after the complete file was filed."""
        start = facts.filed_on + timedelta(days=self.parameters["benefit_start"]["days_after_filing"] - 1)
        return start, self.outcome(
            "benefit_start", True, f"benefit from {start}, the 16th day after filing on {facts.filed_on}"
        )
