"""Events the job matching service publishes (topic labourlink.job-matching)."""

from datetime import date
from decimal import Decimal

from shared.events.envelope import EventPayload


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


PUBLISHED = (PlacementRecorded, RefusalRecorded)
