"""Vietnam, Employment Law 2025 (74/2025/QH15), for contracts that ended from 2026-01-01.

The tests are those of 2013 (its pack sets their figures); what differs is when payment starts
(after a check period of 10 working days) and that the cap is always on the regional minimum wage.
"""

from datetime import date

from services.social_insurance.rules.dates import add_working_days
from services.social_insurance.rules.model import ClaimFacts, RuleOutcome
from services.social_insurance.rules.vn_2013 import Vietnam2013


class Vietnam2025(Vietnam2013):
    id = "VN-2025"

    def benefit_start(self, facts: ClaimFacts) -> tuple[date, RuleOutcome]:
        """Payment from the 11th working day after filing, the first 10 being the check period."""
        check_days = self.parameters["benefit_start"]["working_days_after_filing"]
        start = add_working_days(facts.filed_on, check_days + 1)
        return start, self.outcome(
            "benefit_start",
            True,
            f"benefit from {start}, the working day after a {check_days}-working-day check from {facts.filed_on}",
        )
