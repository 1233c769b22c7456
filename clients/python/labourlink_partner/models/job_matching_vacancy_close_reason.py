from enum import StrEnum


class JobMatchingVacancyCloseReason(StrEnum):
    EXPIRED = "expired"
    FILLED = "filled"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
