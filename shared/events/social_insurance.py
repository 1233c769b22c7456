"""Events the social insurance service publishes (topic labourlink.social-insurance)."""

from datetime import date, datetime
from decimal import Decimal

from pydantic import Field

from shared.events.envelope import EventPayload


class ContributionRecorded(EventPayload):
    """A month of contributions for a person was recorded from an employer's report."""

    event_type = "social_insurance.contribution.recorded.v1"
    national_id: str
    employer_tax_code: str
    month: str = Field(pattern=r"^\d{4}-\d{2}$")
    insured_salary: Decimal
    paid: bool


class ContinuationNoticeIssued(EventPayload):
    """The person was given a notice of social-insurance continuation after their contract ended."""

    event_type = "social_insurance.continuation_notice.issued.v1"
    notice_id: int
    national_id: str
    termination_id: int
    termination_version: int
    contribution_months: int
    account_balance: Decimal
    issued_at: datetime


class ClaimFiled(EventPayload):
    """A person applied for unemployment benefit."""

    event_type = "social_insurance.claim.filed.v1"
    claim_id: int
    national_id: str
    termination_id: int
    filed_on: date


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


class OverpaymentDetected(EventPayload):
    """Benefit was paid for months after the person was back in work: an amount to recover."""

    event_type = "social_insurance.overpayment.detected.v1"
    overpayment_id: int
    claim_id: int
    national_id: str
    amount: Decimal
    months: int
    reason: str
    # Added after v1 was first published: optional, so earlier v1 events still read.
    ground: str | None = Field(
        None, description="why the benefit ended: employment (paid while working), pension, death, …"
    )


class FundAlertRaised(EventPayload):
    """A fund area can pay benefits for less than the alert threshold (seed 001 §6)."""

    event_type = "social_insurance.fund_alert.raised.v1"
    area_code: str
    months_left: Decimal
    threshold_months: Decimal
    balance: Decimal
    monthly_net_outflow: Decimal


class PensionContinuationRegistered(EventPayload):
    """An unemployed person registered to keep paying pension contributions individually (seed 004)."""

    event_type = "social_insurance.pension_continuation.registered.v1"

    continuation_id: int
    national_id: str
    registered_on: date


class EmploymentFound(EventPayload):
    """A finding of de facto work that the person's rulebook counts as employment (Jilin's hidden employment)."""

    event_type = "social_insurance.employment.found.v1"
    claim_id: int
    national_id: str
    found_on: date = Field(description="from when the person counts as employed")
    kind: str = Field(description="labour_contract, business_licence, taxi_permit or de_facto")


class OverpaymentRecovered(EventPayload):
    """An overpayment was paid back."""

    event_type = "social_insurance.overpayment.recovered.v1"
    overpayment_id: int
    claim_id: int
    national_id: str
    amount: Decimal
    recovered_on: date


PUBLISHED = (
    ContributionRecorded,
    ContinuationNoticeIssued,
    ClaimFiled,
    ClaimDecided,
    BenefitSuspended,
    BenefitResumed,
    BenefitTerminated,
    OverpaymentDetected,
    FundAlertRaised,
    PensionContinuationRegistered,
    EmploymentFound,
    OverpaymentRecovered,
)
