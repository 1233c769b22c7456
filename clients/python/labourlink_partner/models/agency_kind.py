from enum import StrEnum


class AgencyKind(StrEnum):
    COMMUNITY_STATION = "community_station"
    EMPLOYMENT_SERVICE_CENTRE = "employment_service_centre"
    FINANCE = "finance"
    LABOUR = "labour"
    OPERATOR = "operator"
    PLANNING_INVESTMENT = "planning_investment"
    SOCIAL_INSURANCE = "social_insurance"
    TAX = "tax"

    def __str__(self) -> str:
        return str(self.value)
