from enum import StrEnum


class SocialInsuranceReemploymentChannel(StrEnum):
    CONTRACT = "contract"
    CONTRIBUTIONS = "contributions"
    EMPLOYMENT_FINDING = "employment_finding"
    NEW_HIRE = "new_hire"
    PLACEMENT = "placement"

    def __str__(self) -> str:
        return str(self.value)
