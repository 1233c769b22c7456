"""Work again, known everywhere. A new job can be reported by five channels — a contract at labour,
a placement at job matching, contributions from another employer at social insurance, a partner
agency's new-hire report, a finding of de facto work — and each of them, alone or in any order
with the others, leads to one re-employment per job: recorded here, the person's registration
closed, and published once (labour.reemployment.recorded.v1) for social insurance to end the
benefit and job matching to stop matching.

A job is new when it starts after the person's time out of work began (the last working day of
their latest termination, or their registration) and no report of this spell names the same
employer: the same tax code, or, where a report gives none, the same name; a report that names no
employer at all (a finding of de facto work) is the job already known, if any.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change
from services.labour.models import ChangeKind, CloseReason, Reemployment, ReemploymentReport, RegistrationStatus, outbox
from services.labour.reemployment.repository import ReemploymentRepository, Spell
from services.labour.reemployment.schemas import JobReport, NewHire, ReemploymentRead
from services.labour.registrations.repository import RegistrationRepository
from services.labour.registrations.schemas import RegistrationRead
from shared.events.labour import Evidence, ReemploymentRecorded
from shared.events.vocabulary import ReemploymentChannel
from shared.pagination import PageRequest


def _same_job(job: Reemployment, report: JobReport) -> bool:
    if job.employer_tax_code and report.employer_tax_code:
        return job.employer_tax_code == report.employer_tax_code
    if job.employer_name and report.employer_name:
        return job.employer_name.casefold() == report.employer_name.casefold()
    return True  # one of them does not say who the employer is: it corroborates the job known


def _close_reason(job: Reemployment) -> CloseReason:
    if job.channel is ReemploymentChannel.placement:
        return CloseReason.reemployed_referral if job.through_referral else CloseReason.reemployed_placement
    return CloseReason.reemployed_self_found


async def record_job_reports(*, session: AsyncSession, reports: Sequence[JobReport]) -> list[ReemploymentReport | None]:
    """Record what each channel says about a job; the first report of a job after the person's time
    out of work began is their re-employment (published once, the registration closed). Returns
    each report's evidence row; contributions, which come every month for everyone, are kept only
    as the first such report of a re-employment (None otherwise)."""
    repository = ReemploymentRepository(session)
    spells = await repository.spells([r.national_id for r in reports])
    jobs = await repository.jobs(spells)
    reported = await repository.channels_of([j.id for js in jobs.values() for j in js])
    new_jobs: list[Reemployment] = []
    matched: list[tuple[JobReport, Reemployment | None]] = []
    for report in reports:
        job = _job_of(report, spells.get(report.national_id), jobs[report.national_id])
        if job is None and report.national_id in spells and report.start_date > spells[report.national_id].since:
            job = Reemployment(
                national_id=report.national_id,
                employer_tax_code=report.employer_tax_code,
                employer_name=report.employer_name,
                start_date=report.start_date,
                out_of_work_since=spells[report.national_id].since,
                channel=report.channel,
                through_referral=report.through_referral,
            )
            jobs[report.national_id].append(job)
            new_jobs.append(job)
        matched.append((report, job))
    session.add_all(new_jobs)
    await session.flush()
    rows: list[ReemploymentReport | None] = []
    for report, job in matched:
        if report.channel is ReemploymentChannel.contributions and (job is None or report.channel in reported[job.id]):
            rows.append(None)
            continue
        if job is not None:
            reported[job.id].add(report.channel)
        rows.append(
            ReemploymentReport(
                national_id=report.national_id,
                reemployment_id=job.id if job else None,
                channel=report.channel,
                agency=report.evidence.agency,
                record=report.evidence.record,
                employer_tax_code=report.employer_tax_code,
                employer_name=report.employer_name,
                start_date=report.start_date,
            )
        )
    session.add_all([row for row in rows if row is not None])
    await session.flush()
    first_reports = {id(job): report for report, job in reversed(matched) if job is not None}
    await outbox.record_many(
        session,
        [
            (
                ReemploymentRecorded(
                    reemployment_id=job.id,
                    national_id=job.national_id,
                    employer_tax_code=job.employer_tax_code,
                    employer_name=job.employer_name,
                    start_date=job.start_date,
                    channel=job.channel,
                    through_referral=job.through_referral,
                    evidence=first_reports[id(job)].evidence,
                ),
                job.national_id,
            )
            for job in new_jobs
        ],
    )
    await _close_registrations(session, new_jobs)
    return rows


def _job_of(report: JobReport, spell: Spell | None, known: list[Reemployment]) -> Reemployment | None:
    if spell is None:
        return None
    return next((job for job in known if _same_job(job, report)), None)


async def _close_registrations(session: AsyncSession, jobs: Sequence[Reemployment]) -> None:
    """A job closes the person's open registration as re-employed, from its first day (which frees
    the caseworker: their load is their open registrations)."""
    registrations = await RegistrationRepository(session).open_for_national_ids([j.national_id for j in jobs])
    for job in jobs:
        registration = registrations.get(job.national_id)
        if registration is not None and registration.registered_on <= job.start_date:
            registration.status, registration.closed_on = RegistrationStatus.closed, job.start_date
            registration.close_reason = _close_reason(job)
            await track_change(
                session, kind=ChangeKind.registration, record=RegistrationRead.model_validate(registration)
            )


async def record_new_hires(*, session: AsyncSession, hires: Sequence[NewHire]) -> list[ReemploymentReport]:
    """Partner agencies' new-hire reports: each is kept as evidence, and is a re-employment when the
    person was out of work (see record_job_reports)."""
    rows = await record_job_reports(
        session=session,
        reports=[
            JobReport(
                national_id=hire.national_id,
                employer_tax_code=hire.employer_tax_code,
                employer_name=hire.employer_name,
                start_date=hire.start_date,
                channel=ReemploymentChannel.new_hire,
                evidence=Evidence(agency=hire.reported_by, record=hire.reference or f"new hire of {hire.start_date}"),
            )
            for hire in hires
        ],
    )
    return [row for row in rows if row is not None]


async def reemployments(*, session: AsyncSession, page: PageRequest, national_id: str | None) -> dict[str, Any]:
    """A page of jobs of people who were out of work, each with the channels that reported it."""
    repository = ReemploymentRepository(session)
    found = await repository.list(page=page, national_id=national_id)
    channels = await repository.channels_of([job.id for job in found["items"]])
    found["items"] = [
        ReemploymentRead.model_validate(job).model_copy(update={"channels": sorted(channels[job.id])})
        for job in found["items"]
    ]
    return found
