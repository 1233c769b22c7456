from enum import StrEnum


class JobMatchingContractType(StrEnum):
    DEFINITE_TERM = "definite_term"
    INDEFINITE = "indefinite"
    SEASONAL = "seasonal"

    def __str__(self) -> str:
        return str(self.value)
