"""What the social insurance agency does with the labour and job-matching events."""

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.benefits import service as benefits
from services.social_insurance.registrations.service import record_registrations
from services.social_insurance.terminations.service import record_terminations
from shared.events.envelope import CloudEvent, EventPayload
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
from shared.national_id import normalised

E = TypeVar("E", bound=EventPayload)


def decoded(kind: type[E], events: Sequence[CloudEvent]) -> list[E]:
    """The events' data as `kind`, each person's national ID in the form this agency stores (another
    service may send a Chinese ID's check character in lower case)."""
    return [kind.model_validate({**e.data, "national_id": normalised(e.data["national_id"])}) for e in events]


async def record_reported_terminations(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A reported termination is kept; its continuation notice is issued once the last working day has come."""
    await record_terminations(session=session, reports=decoded(TerminationRecorded, events))


async def record_corrected_terminations(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A correction replaces the recorded termination and is owed a notice of its own."""
    await record_terminations(session=session, reports=decoded(TerminationCorrected, events))


async def record_registered_unemployment(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Registrations are kept: China's eligibility needs one; the public notice uses the district."""
    await record_registrations(session=session, registrations=decoded(UnemploymentRegistered, events))


async def suspend_on_missed_notice(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A missed monthly notice suspends the benefit; too many in a row end it."""
    await benefits.suspend_for_missed_notices(session=session, notices=decoded(JobSearchNoticeMissed, events))


async def resume_on_notice(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A notice from a person whose benefit was suspended resumes it."""
    await benefits.resume_on_notices(session=session, notices=decoded(JobSearchNoticeRecorded, events))


async def end_on_reemployment(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A job (whichever channel reported it first) ends the benefit from its first day; months paid
    after it are to be recovered."""
    await benefits.end_for_work(session=session, reemployments=decoded(ReemploymentRecorded, events))


async def count_refusal(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A referred job refused without good reason counts towards ending the benefit."""
    await benefits.count_refusals(session=session, refusals=decoded(RefusalRecorded, events))


HANDLERS: dict[str, Handler] = {
    TerminationRecorded.event_type: record_reported_terminations,
    TerminationCorrected.event_type: record_corrected_terminations,
    UnemploymentRegistered.event_type: record_registered_unemployment,
    JobSearchNoticeMissed.event_type: suspend_on_missed_notice,
    JobSearchNoticeRecorded.event_type: resume_on_notice,
    ReemploymentRecorded.event_type: end_on_reemployment,
    RefusalRecorded.event_type: count_refusal,
}
