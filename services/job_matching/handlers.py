"""What job matching does with the other agencies' events: build seeker profiles and make the
first offers as soon as a person registers; stop matching people whose benefit ended."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.matching.service import make_offers
from services.job_matching.seekers import service as seekers
from shared.clock import today_of
from shared.events.envelope import CloudEvent
from shared.events.labour import HardshipAssessed, ReemploymentRecorded, TrainingCompleted, UnemploymentRegistered
from shared.events.social_insurance import BenefitTerminated
from shared.messaging.inbox import Handler


async def profile_registered_seekers(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A registration makes an active seeker, who is offered up to three broad matches at once."""
    registrations = [UnemploymentRegistered.model_validate(e.data) for e in events]
    activated = await seekers.record_registrations(session=session, registrations=registrations)
    # Offers carry the registration's date, so a replayed stream makes the same offers; only
    # vacancies still open today are offered.
    today = today_of(session)
    for registered_on in sorted({p.registered_on for p in activated if p.registered_on is not None}):
        same_day = [p for p in activated if p.registered_on == registered_on]
        await make_offers(session=session, seekers=same_day, on=max(today, registered_on), offered_on=registered_on)


async def add_trained_skills(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A passed training adds skills and an occupation to the profile."""
    await seekers.record_trainings(
        session=session, trainings=[TrainingCompleted.model_validate(e.data) for e in events]
    )


async def note_hardship(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A hardship assessment sets the seeker's priority for public-welfare jobs."""
    await seekers.record_hardship(
        session=session, assessments=[HardshipAssessed.model_validate(e.data) for e in events]
    )


async def stop_matching_when_benefit_ends(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A terminated benefit takes an active seeker out of matching until they register again."""
    await seekers.record_benefit_ends(
        session=session, terminations=[BenefitTerminated.model_validate(e.data) for e in events]
    )


async def stop_matching_on_reemployment(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A person with work again (whichever channel reported it first) is matched no more."""
    await seekers.record_reemployments(
        session=session, reemployments=[ReemploymentRecorded.model_validate(e.data) for e in events]
    )


HANDLERS: dict[str, Handler] = {
    UnemploymentRegistered.event_type: profile_registered_seekers,
    TrainingCompleted.event_type: add_trained_skills,
    HardshipAssessed.event_type: note_hardship,
    BenefitTerminated.event_type: stop_matching_when_benefit_ends,
    ReemploymentRecorded.event_type: stop_matching_on_reemployment,
}
