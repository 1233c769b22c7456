from enum import StrEnum


class SocialInsuranceListNoticesLanguage(StrEnum):
    EN = "en"
    VI = "vi"
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
