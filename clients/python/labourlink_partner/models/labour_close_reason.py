from enum import StrEnum


class LabourCloseReason(StrEnum):
    REEMPLOYED_PLACEMENT = "reemployed_placement"
    REEMPLOYED_REFERRAL = "reemployed_referral"
    REEMPLOYED_SELF_FOUND = "reemployed_self_found"

    def __str__(self) -> str:
        return str(self.value)
