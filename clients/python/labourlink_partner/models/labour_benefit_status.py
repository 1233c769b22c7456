from enum import StrEnum


class LabourBenefitStatus(StrEnum):
    PAYING = "paying"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
