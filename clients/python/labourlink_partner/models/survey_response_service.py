from enum import StrEnum


class SurveyResponseService(StrEnum):
    BENEFIT = "benefit"
    COUNSELLING = "counselling"
    OTHER = "other"
    REFERRAL = "referral"
    REGISTRATION = "registration"
    TRAINING = "training"

    def __str__(self) -> str:
        return str(self.value)
