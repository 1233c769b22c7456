from enum import StrEnum


class LabourContactChannel(StrEnum):
    LETTER = "letter"
    PHONE = "phone"
    SMS = "sms"
    VISIT = "visit"

    def __str__(self) -> str:
        return str(self.value)
