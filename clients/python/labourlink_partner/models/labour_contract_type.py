from enum import StrEnum


class LabourContractType(StrEnum):
    DEFINITE_TERM = "definite_term"
    INDEFINITE = "indefinite"
    SEASONAL = "seasonal"

    def __str__(self) -> str:
        return str(self.value)
