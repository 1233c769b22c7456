from datetime import date, datetime
from decimal import Decimal

from pydantic import ConfigDict, Field

from services.job_matching.models import SeekerStatus
from services.job_matching.occupations.schemas import IscoCode
from shared.events.vocabulary import Jurisdiction
from shared.schemas import RecordRead, Schema


class PreferencesUpdate(Schema):
    """What a seeker (or their caseworker) changes in the profile; fields left out stay as they are."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "occupations": ["7223", "7233"],
                    "minimum_monthly_wage": "7000000",
                    "willing_to_relocate": True,
                    "preferred_provinces": ["Bình Dương"],
                }
            ]
        }
    )

    occupations: list[IscoCode] | None = Field(None, max_length=10)
    skills: list[str] | None = Field(None, max_length=50)
    preferred_provinces: list[str] | None = Field(None, max_length=20)
    preferred_districts: list[str] | None = Field(None, max_length=50)
    minimum_monthly_wage: Decimal | None = Field(None, ge=0, description="null: no minimum")
    willing_to_relocate: bool | None = None


class SeekerRead(RecordRead):
    national_id: str
    jurisdiction: Jurisdiction | None
    registration_id: int | None
    centre_code: str | None
    province: str | None
    district: str | None
    registered_on: date | None
    occupations: list[str]
    skills: list[str]
    preferred_provinces: list[str]
    preferred_districts: list[str]
    minimum_monthly_wage: Decimal | None
    willing_to_relocate: bool
    special_hardship: bool
    status: SeekerStatus = Field(description="only active seekers are matched")
    status_reason: str | None
    updated_at: datetime
