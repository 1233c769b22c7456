from enum import StrEnum


class SocialInsurancePrintNoticeLanguage(StrEnum):
    EN = "en"
    VI = "vi"
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
