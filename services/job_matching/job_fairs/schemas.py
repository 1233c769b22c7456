from datetime import date

from pydantic import ConfigDict, Field

from services.job_matching.vacancies.schemas import VacancyRead
from shared.schemas import RecordRead, Schema


class JobFairCreate(Schema):
    """A dedicated recruitment event for an area with many unemployed, and the vacancies it presents."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Ngày hội việc làm Quận 10",
                    "held_on": "2026-04-12",
                    "place": "Nhà văn hóa Lao động Quận 10",
                    "province": "Hồ Chí Minh",
                    "district": "Quận 10",
                    "centre_code": "HCM-Q10",
                    "vacancy_ids": [42, 43],
                }
            ]
        }
    )

    name: str = Field(min_length=1, max_length=200)
    held_on: date
    place: str = Field(min_length=1, max_length=300)
    province: str = Field(min_length=1, max_length=100)
    district: str = Field(min_length=1, max_length=100)
    centre_code: str = Field(min_length=1, max_length=40)
    vacancy_ids: list[int] = Field(default_factory=list, max_length=1000)


class FairVacancies(Schema):
    vacancy_ids: list[int] = Field(min_length=1, max_length=1000)


class JobFairRead(RecordRead):
    name: str
    held_on: date
    place: str
    province: str
    district: str
    centre_code: str


class JobFairDetail(JobFairRead):
    vacancies: list[VacancyRead]
