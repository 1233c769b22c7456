from enum import StrEnum


class SocialInsuranceEmploymentFindingKind(StrEnum):
    BUSINESS_LICENCE = "business_licence"
    DE_FACTO = "de_facto"
    LABOUR_CONTRACT = "labour_contract"
    TAXI_PERMIT = "taxi_permit"

    def __str__(self) -> str:
        return str(self.value)
