from enum import StrEnum


class DataLinkageGroupBy(StrEnum):
    ALL = "all"
    PROVINCE = "province"

    def __str__(self) -> str:
        return str(self.value)
