"""Events the job matching service publishes (topic labourlink.job-matching).

Events about a person are keyed by the national ID; events about a vacancy by `vacancy/<id>`.
"""

from datetime import date
from decimal import Decimal

from pydantic import Field

from shared.events.envelope import EventPayload
from shared.events.vocabulary import ContractType, Jurisdiction


class VacancyOpened(EventPayload):
    """An employer reported a vacancy and it is now offered to seekers."""

    event_type = "job_matching.vacancy.opened.v1"
    vacancy_id: int
    jurisdiction: Jurisdiction
    employer_tax_code: str
    employer_name: str
    title: str
    occupation: str = Field(description="ISCO-08 unit group (4 digits)")
    province: str
    district: str
    wage_min: Decimal | None
    wage_max: Decimal | None
    contract_type: ContractType
    openings: int
    closing_date: date
    public_welfare: bool


class VacancyClosed(EventPayload):
    """A vacancy stopped being offered: filled, withdrawn by the employer, or past its closing date."""

    event_type = "job_matching.vacancy.closed.v1"
    vacancy_id: int
    reason: str = Field(description="filled, withdrawn or expired")
    closed_on: date


class OfferMade(EventPayload):
    """A vacancy was offered to a job seeker as a broad match (seed 000 annex §3.2: at least three)."""

    event_type = "job_matching.offer.made.v1"
    offer_id: int
    national_id: str
    vacancy_id: int
    score: Decimal
    offered_on: date


class ReferralMade(EventPayload):
    """A job seeker was referred to an employer's vacancy."""

    event_type = "job_matching.referral.made.v1"
    referral_id: int
    national_id: str
    vacancy_id: int
    centre_code: str
    referred_on: date


class ReferralOutcomeRecorded(EventPayload):
    """How a referral ended: hired, rejected by the employer, declined by the seeker, or no-show."""

    event_type = "job_matching.referral.outcome_recorded.v1"
    referral_id: int
    national_id: str
    vacancy_id: int
    outcome: str
    good_reason: bool | None = Field(description="for a declined job: whether the seeker's reason was accepted")
    decided_on: date


class PlacementRecorded(EventPayload):
    """A job seeker was placed in a job, through a referral or on their own."""

    event_type = "job_matching.placement.recorded.v1"
    placement_id: int
    national_id: str
    employer_tax_code: str | None
    employer_name: str
    start_date: date
    monthly_wage: Decimal
    referral_id: int | None


class RefusalRecorded(EventPayload):
    """A job seeker declined a referred job; without good reason it counts against the benefit."""

    event_type = "job_matching.refusal.recorded.v1"
    referral_id: int
    national_id: str
    vacancy_id: int
    refused_on: date
    good_reason: bool
    explanation: str | None


PUBLISHED = (
    VacancyOpened,
    VacancyClosed,
    OfferMade,
    ReferralMade,
    ReferralOutcomeRecorded,
    PlacementRecorded,
    RefusalRecorded,
)
