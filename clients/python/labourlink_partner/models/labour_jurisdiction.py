from enum import StrEnum


class LabourJurisdiction(StrEnum):
    CN = "CN"
    VN = "VN"

    def __str__(self) -> str:
        return str(self.value)
