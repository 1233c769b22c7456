from enum import StrEnum


class JobMatchingJurisdiction(StrEnum):
    CN = "CN"
    VN = "VN"

    def __str__(self) -> str:
        return str(self.value)
