from enum import StrEnum


class SatisfactionReportGroupBy(StrEnum):
    ALL = "all"
    CENTRE = "centre"
    DISTRICT = "district"
    PROVINCE = "province"

    def __str__(self) -> str:
        return str(self.value)
