from enum import StrEnum


class SocialInsuranceBenefitStatus(StrEnum):
    COMPLETED = "completed"
    PAYING = "paying"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
