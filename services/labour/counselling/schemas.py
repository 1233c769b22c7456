from datetime import date

from pydantic import ConfigDict, Field

from services.labour.models import CounsellingKind
from shared.national_id import NationalId
from shared.schemas import PersonRecordRead, Schema


class CounsellingCreate(Schema):
    """Free counselling or vocational guidance given to a person (seed 000 annex)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "centre_code": "HCM-Q10",
                    "kind": "vocational_guidance",
                    "held_on": "2026-03-09",
                    "outcome": "interested in CNC operator training",
                }
            ]
        }
    )

    national_id: NationalId
    centre_code: str
    kind: CounsellingKind
    held_on: date
    outcome: str = Field(min_length=1, max_length=4000)


class CounsellingRead(PersonRecordRead):
    worker_id: int
    centre_id: int
    kind: CounsellingKind
    held_on: date
    outcome: str
