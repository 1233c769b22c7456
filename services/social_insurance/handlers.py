"""What the social insurance agency does with the labour and job-matching events."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.benefits.repository import BenefitRepository
from services.social_insurance.benefits.service import end_for_work, record_missed_notice, record_refusal, resume
from services.social_insurance.models import Benefit, Termination, UnemploymentRegistration
from services.social_insurance.notices.service import issue_notices
from shared.clock import today_of
from shared.events.envelope import CloudEvent
from shared.events.job_matching import RefusalRecorded
from shared.events.labour import (
    JobSearchNoticeMissed,
    JobSearchNoticeRecorded,
    ReemploymentRecorded,
    TerminationCorrected,
    TerminationRecorded,
    UnemploymentRegistered,
)
from shared.messaging.inbox import Handler

_TERMINATION_FIELDS = (
    "version", "national_id", "full_name", "jurisdiction", "employer_tax_code", "employer_name", "employer_province",
    "wage_region", "locality_code", "state_paid", "contract_type", "contract_start", "insured_monthly_salary",
    "last_working_day", "reason", "reported_on",
)


async def record_termination(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Keep the current version of each termination, and issue the person a continuation notice for
    each new version whose last working day has come (an announced one waits for it)."""
    ids = [e.data["termination_id"] for e in events]
    known = {
        (t.termination_id, t.national_id): t
        for t in await session.scalars(select(Termination).where(Termination.termination_id.in_(ids)))
    }
    newer: list[Termination] = []
    for event in events:
        facts = TerminationRecorded.model_validate({k: v for k, v in event.data.items() if k != "replaces_version"})
        termination = known.get((facts.termination_id, facts.national_id))
        if termination is not None and termination.version >= facts.version:
            continue  # an older version arriving late changes nothing
        if termination is None:
            termination = Termination(termination_id=facts.termination_id)
            session.add(termination)
            known[(facts.termination_id, facts.national_id)] = termination
        for field in _TERMINATION_FIELDS:
            setattr(termination, field, getattr(facts, field))
        # Events from before the province was published: the locality stands in as the fund area.
        termination.employer_province = facts.employer_province or facts.locality_code or "unassigned"
        newer.append(termination)
    await session.flush()
    today = today_of(session)
    await issue_notices(session=session, terminations=[t for t in newer if t.last_working_day <= today])


async def record_registration(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Keep unemployment registrations (China's eligibility needs one; the public notice uses the district)."""
    registrations = {e.data["registration_id"]: UnemploymentRegistered.model_validate(e.data) for e in events}
    known = set(await session.scalars(
        select(UnemploymentRegistration.registration_id).where(UnemploymentRegistration.registration_id.in_(sorted(registrations)))
    ))
    session.add_all([
        UnemploymentRegistration(
            registration_id=facts.registration_id, national_id=facts.national_id, full_name=facts.full_name or "",
            centre_code=facts.centre_code, province=facts.province, district=facts.district, registered_on=facts.registered_on,
        )
        for registration_id, facts in registrations.items() if registration_id not in known
    ])
    await session.flush()


async def _active_benefits(session: AsyncSession, events: Sequence[CloudEvent]) -> dict[str, Benefit]:
    national_ids = sorted({e.data["national_id"] for e in events})
    return await BenefitRepository(session).active_for(national_ids)


async def suspend_on_missed_notice(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A missed monthly notice suspends the benefit; too many in a row end it."""
    benefits = await _active_benefits(session, events)
    for event in events:
        missed = JobSearchNoticeMissed.model_validate(event.data)
        if (benefit := benefits.get(missed.national_id)) is not None:
            await record_missed_notice(session=session, benefit=benefit, month=missed.month,
                                       consecutive=missed.consecutive_missed, on=date.fromisoformat(f"{missed.month}-01"))


async def resume_on_notice(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A notice from a person whose benefit was suspended resumes it."""
    benefits = await _active_benefits(session, events)
    for event in events:
        notice = JobSearchNoticeRecorded.model_validate(event.data)
        if (benefit := benefits.get(notice.national_id)) is not None:
            await resume(session=session, benefit=benefit, on=notice.submitted_on, reason=f"job-search notice for {notice.month} received")


async def end_on_reemployment(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A job (whichever channel reported it first) ends the benefit from its first day; months paid after it are to be recovered."""
    await end_for_work(session=session, reemployments=[ReemploymentRecorded.model_validate(e.data) for e in events])


async def count_refusal(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A referred job refused without good reason counts towards ending the benefit."""
    benefits = await _active_benefits(session, events)
    for event in events:
        refusal = RefusalRecorded.model_validate(event.data)
        if not refusal.good_reason and (benefit := benefits.get(refusal.national_id)) is not None:
            await record_refusal(session=session, benefit=benefit, on=refusal.refused_on)


HANDLERS: dict[str, Handler] = {
    TerminationRecorded.event_type: record_termination,
    TerminationCorrected.event_type: record_termination,
    UnemploymentRegistered.event_type: record_registration,
    JobSearchNoticeMissed.event_type: suspend_on_missed_notice,
    JobSearchNoticeRecorded.event_type: resume_on_notice,
    ReemploymentRecorded.event_type: end_on_reemployment,
    RefusalRecorded.event_type: count_refusal,
}
