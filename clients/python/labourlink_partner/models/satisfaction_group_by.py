from enum import StrEnum


class SatisfactionGroupBy(StrEnum):
    ALL = "all"
    CENTRE = "centre"
    DISTRICT = "district"
    PROVINCE = "province"

    def __str__(self) -> str:
        return str(self.value)
