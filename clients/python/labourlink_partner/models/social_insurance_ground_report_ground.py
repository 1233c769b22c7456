from enum import StrEnum


class SocialInsuranceGroundReportGround(StrEnum):
    DEATH = "death"
    EMIGRATION = "emigration"
    IMPRISONMENT = "imprisonment"
    MILITARY_SERVICE = "military_service"
    PENSION = "pension"

    def __str__(self) -> str:
        return str(self.value)
