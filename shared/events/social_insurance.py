"""Events the social insurance service publishes (topic labourlink.social-insurance)."""

from datetime import date
from decimal import Decimal

from pydantic import Field

from shared.events.envelope import EventPayload


class ClaimDecided(EventPayload):
    """An unemployment-benefit claim was decided; the reasons travel with the decision."""

    event_type = "social_insurance.claim.decided.v1"
    claim_id: int
    national_id: str
    termination_id: int
    rule_pack: str
    eligible: bool
    monthly_amount: Decimal
    months: int
    benefit_start: date | None
    failed_rules: list[str] = Field(description="the rules that refused the claim, with their article")


class _BenefitStatusChanged(EventPayload):
    claim_id: int
    national_id: str
    effective_on: date
    reason: str


class BenefitSuspended(_BenefitStatusChanged):
    """Benefit payments were suspended (e.g. a missed monthly job-search notice)."""

    event_type = "social_insurance.benefit.suspended.v1"


class BenefitResumed(_BenefitStatusChanged):
    """A suspended benefit was resumed."""

    event_type = "social_insurance.benefit.resumed.v1"


class BenefitTerminated(_BenefitStatusChanged):
    """A benefit ended (re-employment, refusal of referred jobs, pension, death, …)."""

    event_type = "social_insurance.benefit.terminated.v1"


PUBLISHED = (ClaimDecided, BenefitSuspended, BenefitResumed, BenefitTerminated)
