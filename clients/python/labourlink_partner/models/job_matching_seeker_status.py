from enum import StrEnum


class JobMatchingSeekerStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    PLACED = "placed"
    UNREGISTERED = "unregistered"

    def __str__(self) -> str:
        return str(self.value)
