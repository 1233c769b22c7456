from enum import StrEnum


class LabourClaimStatus(StrEnum):
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"

    def __str__(self) -> str:
        return str(self.value)
