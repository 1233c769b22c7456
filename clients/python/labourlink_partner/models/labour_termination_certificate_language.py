from enum import StrEnum


class LabourTerminationCertificateLanguage(StrEnum):
    EN = "en"
    VI = "vi"
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
