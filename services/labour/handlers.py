"""What the labour service does with the other agencies' events: show the claim and benefit on
the person's case, and close the registration when the person is placed."""

from collections.abc import Callable, Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change
from services.labour.models import Registration
from services.labour.registrations.repository import RegistrationRepository
from services.labour.registrations.schemas import RegistrationRead
from shared.events.envelope import CloudEvent
from shared.events.job_matching import PlacementRecorded
from shared.events.social_insurance import BenefitResumed, BenefitSuspended, BenefitTerminated, ClaimDecided
from shared.messaging.inbox import Handler

_BENEFIT_STATUS = {
    BenefitSuspended.event_type: "suspended",
    BenefitResumed.event_type: "paying",
    BenefitTerminated.event_type: "terminated",
}


async def _update_open_registrations(
    session: AsyncSession, events: Sequence[CloudEvent], apply: Callable[[Registration, CloudEvent], None]
) -> None:
    registrations = await RegistrationRepository(session).open_for_national_ids([e.data["national_id"] for e in events])
    for event in events:  # in bus order: a later event about the person wins
        registration = registrations.get(event.data["national_id"])
        if registration is not None:
            apply(registration, event)
            await track_change(session, kind="registration", record=RegistrationRead.model_validate(registration))


async def show_claim_decision(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A decided claim shows on the person's open registration."""

    def apply(registration: Registration, event: CloudEvent) -> None:
        registration.claim_status = "eligible" if event.data["eligible"] else "ineligible"
        registration.benefit_status = "paying" if event.data["eligible"] else None

    await _update_open_registrations(session, events, apply)


async def show_benefit_status(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A suspended, resumed or terminated benefit shows on the person's open registration."""

    def apply(registration: Registration, event: CloudEvent) -> None:
        registration.benefit_status = _BENEFIT_STATUS[event.type]

    await _update_open_registrations(session, events, apply)


async def close_on_placement(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A placement closes the person's registration from the job's start date."""

    def apply(registration: Registration, event: CloudEvent) -> None:
        registration.status = "closed"
        registration.closed_on = PlacementRecorded.model_validate(event.data).start_date
        registration.close_reason = "placed"

    await _update_open_registrations(session, events, apply)


HANDLERS: dict[str, Handler] = {
    ClaimDecided.event_type: show_claim_decision,
    **{event_type: show_benefit_status for event_type in _BENEFIT_STATUS},
    PlacementRecorded.event_type: close_on_placement,
}
