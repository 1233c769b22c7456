from enum import StrEnum


class JobMatchingReferralOutcomeOutcome(StrEnum):
    DECLINED = "declined"
    HIRED = "hired"
    NO_SHOW = "no_show"
    REJECTED_BY_EMPLOYER = "rejected_by_employer"

    def __str__(self) -> str:
        return str(self.value)
