"""What the labour service does with the other agencies' events: show the claim and benefit on
the person's case, and take every report of a new job (a placement, another employer's
contributions, a finding of de facto work) as a re-employment report."""

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change
from services.labour.models import BenefitStatus, ChangeKind, ClaimStatus, Registration
from services.labour.reemployment.schemas import JobReport
from services.labour.reemployment.service import record_job_reports
from services.labour.registrations.repository import RegistrationRepository
from services.labour.registrations.schemas import RegistrationRead
from shared.events.envelope import CloudEvent
from shared.events.job_matching import PlacementRecorded
from shared.events.labour import Evidence
from shared.events.social_insurance import (
    BenefitResumed,
    BenefitSuspended,
    BenefitTerminated,
    ClaimDecided,
    ContributionRecorded,
    EmploymentFound,
)
from shared.events.vocabulary import ReemploymentChannel
from shared.messaging.inbox import Handler

_BENEFIT_STATUS = {
    BenefitSuspended.event_type: BenefitStatus.suspended,
    BenefitResumed.event_type: BenefitStatus.paying,
    BenefitTerminated.event_type: BenefitStatus.terminated,
}


async def _update_open_registrations(
    session: AsyncSession, events: Sequence[CloudEvent], apply: Callable[[Registration, CloudEvent], None]
) -> None:
    registrations = await RegistrationRepository(session).open_for_national_ids([e.data["national_id"] for e in events])
    for event in events:  # in bus order: a later event about the person wins
        registration = registrations.get(event.data["national_id"])
        if registration is not None:
            apply(registration, event)
            await track_change(
                session, kind=ChangeKind.registration, record=RegistrationRead.model_validate(registration)
            )


async def show_claim_decision(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A decided claim shows on the person's open registration."""

    def apply(registration: Registration, event: CloudEvent) -> None:
        registration.claim_status = ClaimStatus.eligible if event.data["eligible"] else ClaimStatus.ineligible
        registration.benefit_status = BenefitStatus.paying if event.data["eligible"] else None

    await _update_open_registrations(session, events, apply)


async def show_benefit_status(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A suspended, resumed or terminated benefit shows on the person's open registration."""

    def apply(registration: Registration, event: CloudEvent) -> None:
        registration.benefit_status = _BENEFIT_STATUS[event.type]

    await _update_open_registrations(session, events, apply)


def _placement(event: CloudEvent) -> JobReport:
    placement = PlacementRecorded.model_validate(event.data)
    return JobReport(
        national_id=placement.national_id,
        employer_tax_code=placement.employer_tax_code,
        employer_name=placement.employer_name,
        start_date=placement.start_date,
        channel=ReemploymentChannel.placement,
        evidence=Evidence(agency="job_matching", record=f"/placements/{placement.placement_id}"),
        through_referral=placement.referral_id is not None,
    )


def _contribution(event: CloudEvent) -> JobReport:
    contribution = ContributionRecorded.model_validate(event.data)
    # Contributions say which month, not which day: the month's first day (a month at the old
    # employer up to the last working day is no new job).
    return JobReport(
        national_id=contribution.national_id,
        employer_tax_code=contribution.employer_tax_code,
        employer_name="",
        start_date=date.fromisoformat(f"{contribution.month}-01"),
        channel=ReemploymentChannel.contributions,
        evidence=Evidence(
            agency="social_insurance",
            record=f"/contributions?national_id={contribution.national_id}&month={contribution.month}",
        ),
    )


def _finding(event: CloudEvent) -> JobReport:
    finding = EmploymentFound.model_validate(event.data)
    return JobReport(
        national_id=finding.national_id,
        employer_tax_code=None,
        employer_name="",
        start_date=finding.found_on,
        channel=ReemploymentChannel.employment_finding,
        evidence=Evidence(agency="social_insurance", record=f"/claims/{finding.claim_id}"),
    )


_JOB_REPORTS: dict[str, Callable[[CloudEvent], JobReport]] = {
    PlacementRecorded.event_type: _placement,
    ContributionRecorded.event_type: _contribution,
    EmploymentFound.event_type: _finding,
}


async def take_job_reports(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Another agency's report of a job is a re-employment report (once per job, whatever the channel)."""
    await record_job_reports(session=session, reports=[_JOB_REPORTS[e.type](e) for e in events])


HANDLERS: dict[str, Handler] = {
    ClaimDecided.event_type: show_claim_decision,
    **{event_type: show_benefit_status for event_type in _BENEFIT_STATUS},
    **{event_type: take_job_reports for event_type in _JOB_REPORTS},
}
