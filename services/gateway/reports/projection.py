"""The report tables, projected from the events the gateway receives from all three services.

Reports are computed from what the services actually published and when, not from anything
configured: a registration opens a case, each assistance action or outcome becomes a dated
action of the person, and a termination is linked to its continuation notice by the two events'
own timestamps.
"""

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.reports.actions import Action
from services.gateway.reports.repository import ReportRepository
from shared.events import job_matching, labour, social_insurance
from shared.events.envelope import CloudEvent

_Dated = tuple[Action, date] | None


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


# For each event type: the action it records (or None when this event records none).
ACTIONS: dict[str, Callable[[CloudEvent], _Dated]] = {
    labour.CounsellingProvided.event_type: lambda e: (
        Action.counselled if e.data["kind"] == "counselling" else Action.vocational_guidance, _day(e.data["held_on"])),
    labour.TrainingEnrolled.event_type: lambda e: (Action.training_enrolled, _day(e.data["enrolled_on"])),
    labour.TrainingCompleted.event_type: lambda e: (Action(f"training_{e.data['result']}"), _day(e.data["completed_on"])),
    labour.HardshipAssessed.event_type: lambda e: (
        (Action.special_hardship_assessed, _day(e.data["assessed_on"])) if e.data["special_hardship"] else None),
    social_insurance.ContinuationNoticeIssued.event_type: lambda e: (
        Action.continuation_notice_issued, _day(e.data["issued_at"])),
    social_insurance.ClaimDecided.event_type: lambda e: (
        Action.benefit_granted if e.data["eligible"] else Action.benefit_refused, e.time.date()),
    social_insurance.PensionContinuationRegistered.event_type: lambda e: (
        Action.pension_continued, _day(e.data["registered_on"])),
    social_insurance.OverpaymentDetected.event_type: lambda e: (
        (Action.paid_while_working, e.time.date()) if e.data.get("ground") == "employment" else None),
    social_insurance.OverpaymentRecovered.event_type: lambda e: (Action.overpayment_recovered, _day(e.data["recovered_on"])),
    job_matching.OfferMade.event_type: lambda e: (Action.offered, _day(e.data["offered_on"])),
    job_matching.ReferralMade.event_type: lambda e: (Action.referred, _day(e.data["referred_on"])),
    job_matching.PlacementRecorded.event_type: lambda e: (
        Action.placed_after_referral if e.data["referral_id"] is not None else Action.placed_independently,
        _day(e.data["start_date"])),
}


async def project_for_reports(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Add the cases, actions and linkage times these events carry to the report tables."""
    repository = ReportRepository(session)
    cases: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    terminations: list[tuple[int, str, str | None, datetime]] = []
    notices: list[tuple[int, str, datetime]] = []
    for event in events:
        data = event.data
        if event.type == labour.UnemploymentRegistered.event_type:
            cases.append({key: data[key] for key in ("registration_id", "national_id", "centre_code", "province", "district")}
                         | {"registered_on": _day(data["registered_on"])})
        elif event.type == labour.TerminationRecorded.event_type:
            terminations.append((data["termination_id"], data["national_id"], data.get("employer_province"), event.time))
        elif event.type == social_insurance.ContinuationNoticeIssued.event_type:
            notice = social_insurance.ContinuationNoticeIssued.model_validate(data)
            notices.append((notice.termination_id, notice.national_id, notice.issued_at))
        if event.type in ACTIONS and (dated := ACTIONS[event.type](event)) is not None:
            actions.append({"national_id": data["national_id"], "action": dated[0].value, "happened_on": dated[1]})
    await repository.link(terminations=terminations, notices=notices)
    await repository.add_cases(cases)
    await repository.add_actions(actions)
