from datetime import date

from pydantic import ConfigDict, Field

from shared.national_id import NationalId
from shared.schemas import PersonRecordRead, Schema


class HardshipCreate(Schema):
    """A household hardship assessment: special hardship gives priority for public-welfare jobs."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "assessed_on": "2026-03-12",
                    "special_hardship": True,
                    "minimum_living_allowance_eligible": False,
                    "notes": "sole earner, two children",
                }
            ]
        }
    )

    national_id: NationalId
    assessed_on: date
    special_hardship: bool
    minimum_living_allowance_eligible: bool
    notes: str | None = Field(None, max_length=4000)


class HardshipRead(PersonRecordRead):
    worker_id: int
    assessed_on: date
    special_hardship: bool
    minimum_living_allowance_eligible: bool
    notes: str | None
