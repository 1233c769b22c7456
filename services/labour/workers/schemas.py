from datetime import date

from pydantic import ConfigDict, Field

from shared.events.vocabulary import Jurisdiction, Sex
from shared.national_id import NationalId
from shared.schemas import RecordRead, Schema


class WorkerCreate(Schema):
    """A worker, identified by the national ID of their jurisdiction."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "jurisdiction": "VN",
                    "full_name": "Nguyễn Văn An",
                    "birth_date": "1990-04-12",
                    "sex": "male",
                    "address": "45 Nguyễn Trãi",
                    "province": "Hồ Chí Minh",
                    "district": "Quận 5",
                    "phone": "0901234567",
                }
            ]
        }
    )

    national_id: NationalId
    jurisdiction: Jurisdiction
    full_name: str = Field(min_length=1, max_length=200)
    birth_date: date
    sex: Sex
    address: str = Field(min_length=1, max_length=300)
    province: str = Field(min_length=1, max_length=100)
    district: str = Field(min_length=1, max_length=100)
    phone: str | None = Field(None, max_length=30)
    email: str | None = Field(None, max_length=200, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class WorkerRead(WorkerCreate, RecordRead):
    pass
