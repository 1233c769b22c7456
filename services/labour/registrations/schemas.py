from datetime import date
from decimal import Decimal

from pydantic import ConfigDict, Field, model_validator

from services.labour.models import BenefitStatus, ClaimStatus, CloseReason, RegistrationStatus
from shared.national_id import NationalId
from shared.schemas import MONTH_PATTERN, PersonRecordRead, Schema


class Wishes(Schema):
    """What work the person looks for."""

    occupations: list[str] = Field(default_factory=list, description="ISCO-08 codes (1 to 4 digits)")
    provinces: list[str] = Field(default_factory=list)
    districts: list[str] = Field(default_factory=list)
    minimum_monthly_wage: Decimal | None = Field(None, ge=0)
    willing_to_relocate: bool = False

    @model_validator(mode="after")
    def _isco_codes(self) -> "Wishes":
        for code in self.occupations:
            if not (code.isdigit() and 1 <= len(code) <= 4):
                raise ValueError(f"occupation {code!r} is not an ISCO-08 code")
        return self


class RegistrationCreate(Schema):
    """Registration as unemployed at a centre (失业登记)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "centre_code": "HCM-Q10",
                    "registered_on": "2026-03-05",
                    "wishes": {
                        "occupations": ["7533", "8153"],
                        "provinces": ["Hồ Chí Minh"],
                        "districts": ["Quận 10"],
                        "minimum_monthly_wage": "7000000",
                        "willing_to_relocate": False,
                    },
                }
            ]
        }
    )

    national_id: NationalId
    centre_code: str
    registered_on: date
    wishes: Wishes = Field(default_factory=Wishes)


class RegistrationRead(PersonRecordRead):
    worker_id: int
    centre_id: int
    caseworker_id: int | None
    registered_on: date
    status: RegistrationStatus
    closed_on: date | None
    close_reason: CloseReason | None
    wished_occupations: list[str]
    wished_provinces: list[str]
    wished_districts: list[str]
    minimum_monthly_wage: Decimal | None
    willing_to_relocate: bool
    claim_status: ClaimStatus | None
    benefit_status: BenefitStatus | None


class NoticeCreate(Schema):
    """A monthly job-search notice (Vietnam): the registration by id, or the person by national ID."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"national_id": "079190001234", "month": "2026-04", "submitted_on": "2026-04-06"}]
        }
    )

    registration_id: int | None = None
    national_id: NationalId | None = None
    month: str = Field(pattern=MONTH_PATTERN)
    submitted_on: date

    @model_validator(mode="after")
    def _names_the_registration(self) -> "NoticeCreate":
        if self.registration_id is None and self.national_id is None:
            raise ValueError("give registration_id or national_id")
        return self


class NoticeRead(PersonRecordRead):
    registration_id: int
    month: str
    submitted_on: date | None = Field(description="null: the month passed without a notice")
    consecutive_missed: int


class MissedCheck(Schema):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"month": "2026-04"}, {"month": "2026-04", "centre_code": "HCM-Q10"}]}
    )

    month: str = Field(pattern=MONTH_PATTERN)
    centre_code: str | None = Field(
        None, max_length=40, description="check one centre's registrations; default: every centre"
    )
