"""The actions and outcomes the reports count, each dated, per person, and what each event counts as.

Each reading takes the event's data and the time it was published, which dates the events that
carry no date of their own (a claim's decision, a detected overpayment); None: the event counts
as no action.
"""

from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from shared.events import job_matching, labour, social_insurance


class Action(StrEnum):
    """What was done for (or happened to) a person, as the reports count it."""

    counselled = "counselled"
    vocational_guidance = "vocational_guidance"
    offered = "offered"
    referred = "referred"
    placed_after_referral = "placed_after_referral"
    placed_independently = "placed_independently"
    training_enrolled = "training_enrolled"
    training_passed = "training_passed"
    training_failed = "training_failed"
    training_dropped = "training_dropped"
    continuation_notice_issued = "continuation_notice_issued"
    benefit_granted = "benefit_granted"
    benefit_refused = "benefit_refused"
    special_hardship_assessed = "special_hardship_assessed"
    pension_continued = "pension_continued"
    paid_while_working = "paid_while_working"  # benefit paid for months in which the person worked
    overpayment_recovered = "overpayment_recovered"


PLACED = (Action.placed_after_referral, Action.placed_independently)


class DatedAction(NamedTuple):
    national_id: str
    action: Action
    happened_on: date


def counselling(event: labour.CounsellingProvided, _: datetime) -> DatedAction:
    kind = Action.counselled if event.kind == "counselling" else Action.vocational_guidance
    return DatedAction(event.national_id, kind, event.held_on)


def training_enrolment(event: labour.TrainingEnrolled, _: datetime) -> DatedAction:
    return DatedAction(event.national_id, Action.training_enrolled, event.enrolled_on)


def training_result(event: labour.TrainingCompleted, _: datetime) -> DatedAction:
    return DatedAction(event.national_id, Action(f"training_{event.result}"), event.completed_on)


def hardship(event: labour.HardshipAssessed, _: datetime) -> DatedAction | None:
    if not event.special_hardship:
        return None
    return DatedAction(event.national_id, Action.special_hardship_assessed, event.assessed_on)


def continuation_notice(event: social_insurance.ContinuationNoticeIssued, _: datetime) -> DatedAction:
    return DatedAction(event.national_id, Action.continuation_notice_issued, event.issued_at.date())


def claim_decision(event: social_insurance.ClaimDecided, published: datetime) -> DatedAction:
    decision = Action.benefit_granted if event.eligible else Action.benefit_refused
    return DatedAction(event.national_id, decision, published.date())


def pension_continuation(event: social_insurance.PensionContinuationRegistered, _: datetime) -> DatedAction:
    return DatedAction(event.national_id, Action.pension_continued, event.registered_on)


def overpayment(event: social_insurance.OverpaymentDetected, published: datetime) -> DatedAction | None:
    if event.ground != "employment":  # only work while paid is the integrity cross-match the KPI report counts
        return None
    return DatedAction(event.national_id, Action.paid_while_working, published.date())


def overpayment_recovery(event: social_insurance.OverpaymentRecovered, _: datetime) -> DatedAction:
    return DatedAction(event.national_id, Action.overpayment_recovered, event.recovered_on)


def offer(event: job_matching.OfferMade, _: datetime) -> DatedAction:
    return DatedAction(event.national_id, Action.offered, event.offered_on)


def referral(event: job_matching.ReferralMade, _: datetime) -> DatedAction:
    return DatedAction(event.national_id, Action.referred, event.referred_on)


def placement(event: job_matching.PlacementRecorded, _: datetime) -> DatedAction:
    placed = Action.placed_after_referral if event.referral_id is not None else Action.placed_independently
    return DatedAction(event.national_id, placed, event.start_date)
