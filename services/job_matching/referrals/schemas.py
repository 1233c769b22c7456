from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import ConfigDict, Field, model_validator

from services.job_matching.models import ReferralState
from shared.national_id import NationalId
from shared.schemas import PersonRecordRead, Schema

Outcome = Literal["hired", "rejected_by_employer", "declined", "no_show"]


class ReferralCreate(Schema):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"national_id": "079190001234", "vacancy_id": 42, "centre_code": "HCM-Q10", "referred_on": "2026-03-18"}
            ]
        }
    )

    national_id: NationalId
    vacancy_id: int
    centre_code: str | None = Field(None, max_length=40, description="default: the seeker's centre")
    referred_on: date


class ReferralOutcome(Schema):
    """How a referral ended. A hire names its start date and wage; a decline says whether the reason was good."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"outcome": "hired", "decided_on": "2026-03-25", "start_date": "2026-04-01", "monthly_wage": "9500000"},
                {
                    "outcome": "declined",
                    "decided_on": "2026-03-25",
                    "good_reason": False,
                    "explanation": "did not want shift work",
                },
            ]
        }
    )

    outcome: Outcome
    decided_on: date
    good_reason: bool | None = Field(None, description="required when declined: was the seeker's reason accepted")
    explanation: str | None = Field(None, max_length=1000)
    start_date: date | None = Field(None, description="required when hired")
    monthly_wage: Decimal | None = Field(None, gt=0, description="required when hired")

    @model_validator(mode="after")
    def _what_each_outcome_needs(self) -> "ReferralOutcome":
        if self.outcome == "hired" and (self.start_date is None or self.monthly_wage is None):
            raise ValueError("a hire needs start_date and monthly_wage")
        if self.outcome == "declined" and self.good_reason is None:
            raise ValueError("a decline needs good_reason (true or false)")
        return self


class ReferralRead(PersonRecordRead):
    seeker_id: int
    vacancy_id: int
    centre_code: str
    referred_on: date
    outcome: ReferralState
    good_reason: bool | None
    explanation: str | None
    decided_on: date | None
