from datetime import date

from pydantic import ConfigDict, Field

from services.labour.models import EnrolmentResult
from shared.national_id import NationalId
from shared.schemas import PersonRecordRead, RecordRead, Schema


class CourseCreate(Schema):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "code": "CNC-2026-01",
                    "title": "CNC machine operation",
                    "occupation": "7223",
                    "skills": ["cnc operation", "technical drawing"],
                    "length_hours": 240,
                    "provider": "Cao đẳng Kỹ thuật Cao Thắng",
                }
            ]
        }
    )

    code: str = Field(min_length=2, max_length=40)
    title: str = Field(min_length=1, max_length=200)
    occupation: str = Field(pattern=r"^\d{1,4}$", description="ISCO-08 code the course trains for")
    skills: list[str] = Field(default_factory=list)
    length_hours: int = Field(gt=0, le=10_000)
    provider: str = Field(min_length=1, max_length=200)


class CourseRead(CourseCreate, RecordRead):
    pass


class EnrolmentCreate(Schema):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"national_id": "079190001234", "course_code": "CNC-2026-01", "enrolled_on": "2026-03-16"}]
        }
    )

    national_id: NationalId
    course_code: str
    enrolled_on: date


class TrainingResult(Schema):
    """How the training ended; a pass comes with its certificate."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"result": "passed", "completed_on": "2026-06-12", "certificate_number": "CT-2026-0042"}]
        }
    )

    result: EnrolmentResult
    completed_on: date
    certificate_number: str | None = Field(None, max_length=60)


class EnrolmentRead(PersonRecordRead):
    course_id: int
    worker_id: int
    enrolled_on: date
    result: EnrolmentResult | None
    completed_on: date | None
    certificate_number: str | None
