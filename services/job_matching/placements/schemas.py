from datetime import date
from decimal import Decimal

from pydantic import ConfigDict, Field

from shared.national_id import NationalId
from shared.schemas import PersonRecordRead, Schema


class PlacementReport(Schema):
    """A seeker who found work on their own, as their centre reports it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "employer_tax_code": "0312345673",
                    "employer_name": "Công ty Điện tử Tân Bình",
                    "start_date": "2026-05-04",
                    "monthly_wage": "8800000",
                }
            ]
        }
    )

    national_id: NationalId
    employer_tax_code: str | None = Field(None, min_length=8, max_length=20, pattern=r"^[0-9A-Z-]+$")
    employer_name: str = Field(min_length=1, max_length=200)
    start_date: date
    monthly_wage: Decimal = Field(gt=0)
    centre_code: str | None = Field(None, max_length=40, description="default: the seeker's centre")


class PlacementRead(PersonRecordRead):
    seeker_id: int
    referral_id: int | None = Field(description="null: found on their own")
    centre_code: str
    employer_tax_code: str | None
    employer_name: str
    start_date: date
    monthly_wage: Decimal
