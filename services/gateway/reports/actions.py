"""The actions and outcomes the reports count, each dated, per person."""

from enum import StrEnum


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
