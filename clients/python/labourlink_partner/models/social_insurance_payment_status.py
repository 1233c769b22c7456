from enum import StrEnum


class SocialInsurancePaymentStatus(StrEnum):
    CANCELLED = "cancelled"
    PAID = "paid"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
