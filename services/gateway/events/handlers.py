"""The gateway keeps every event of the three services for partner agencies to pull, and projects
the ones the reports count into the report tables: HANDLERS says which, one row per event type."""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.events import service as partner_feed
from services.gateway.events.catalogue import EVENT_CATEGORIES
from services.gateway.reports import actions
from services.gateway.reports import service as reports
from services.gateway.reports.actions import DatedAction
from shared.events import job_matching, labour, social_insurance
from shared.events.envelope import CloudEvent, EventPayload
from shared.messaging.inbox import Handler

P = TypeVar("P", bound=EventPayload)


async def keep_for_partners(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Append the events to the partners' feed, in bus order."""
    await partner_feed.keep_for_partners(session=session, events=events)


async def open_cases(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A registration opens the case the person-based KPIs are measured over."""
    await reports.open_cases(
        session=session, registrations=[labour.UnemploymentRegistered.model_validate(e.data) for e in events]
    )


async def link_terminations(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A termination is linked with its continuation notice by the time each was published."""
    await reports.link_terminations(
        session=session, terminations=[(labour.TerminationRecorded.model_validate(e.data), e.time) for e in events]
    )


async def link_notices(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """A continuation notice is linked with its termination by its issue time."""
    await reports.link_notices(
        session=session, notices=[social_insurance.ContinuationNoticeIssued.model_validate(e.data) for e in events]
    )


def counted_as(payload: type[P], action: Callable[[P, datetime], DatedAction | None]) -> Handler:
    """A handler that counts each event as the dated action `action` reads from it (see reports/actions.py)."""

    async def count(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
        await reports.count_actions(
            session=session, actions=[action(payload.model_validate(e.data), e.time) for e in events]
        )

    return count


def kept_and(*projections: Handler) -> Handler:
    """A handler that keeps the events for partners, then projects them for the reports."""

    async def handle(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
        await keep_for_partners(session, events)
        for project in projections:
            await project(session, events)

    return handle


# Every event type the services publish is kept for partners to pull (its category says who may);
# the types the reports count are projected too, by the handlers in their row.
HANDLERS: dict[str, Handler] = dict.fromkeys(EVENT_CATEGORIES, keep_for_partners) | {
    labour.UnemploymentRegistered.event_type: kept_and(open_cases),
    labour.TerminationRecorded.event_type: kept_and(link_terminations),
    labour.CounsellingProvided.event_type: kept_and(counted_as(labour.CounsellingProvided, actions.counselling)),
    labour.TrainingEnrolled.event_type: kept_and(counted_as(labour.TrainingEnrolled, actions.training_enrolment)),
    labour.TrainingCompleted.event_type: kept_and(counted_as(labour.TrainingCompleted, actions.training_result)),
    labour.HardshipAssessed.event_type: kept_and(counted_as(labour.HardshipAssessed, actions.hardship)),
    social_insurance.ContinuationNoticeIssued.event_type: kept_and(
        link_notices, counted_as(social_insurance.ContinuationNoticeIssued, actions.continuation_notice)
    ),
    social_insurance.ClaimDecided.event_type: kept_and(
        counted_as(social_insurance.ClaimDecided, actions.claim_decision)
    ),
    social_insurance.PensionContinuationRegistered.event_type: kept_and(
        counted_as(social_insurance.PensionContinuationRegistered, actions.pension_continuation)
    ),
    social_insurance.OverpaymentDetected.event_type: kept_and(
        counted_as(social_insurance.OverpaymentDetected, actions.overpayment)
    ),
    social_insurance.OverpaymentRecovered.event_type: kept_and(
        counted_as(social_insurance.OverpaymentRecovered, actions.overpayment_recovery)
    ),
    job_matching.OfferMade.event_type: kept_and(counted_as(job_matching.OfferMade, actions.offer)),
    job_matching.ReferralMade.event_type: kept_and(counted_as(job_matching.ReferralMade, actions.referral)),
    job_matching.PlacementRecorded.event_type: kept_and(counted_as(job_matching.PlacementRecorded, actions.placement)),
}
