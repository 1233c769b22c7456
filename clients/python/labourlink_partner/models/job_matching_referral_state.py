from enum import StrEnum


class JobMatchingReferralState(StrEnum):
    DECLINED = "declined"
    HIRED = "hired"
    NO_SHOW = "no_show"
    PENDING = "pending"
    REJECTED_BY_EMPLOYER = "rejected_by_employer"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
