from enum import StrEnum


class LabourWageRegion(StrEnum):
    I = "I"
    II = "II"
    III = "III"
    IV = "IV"

    def __str__(self) -> str:
        return str(self.value)
