from datetime import date, datetime

from pydantic import ConfigDict, Field

from services.labour.models import ContactChannel
from shared.events.vocabulary import Jurisdiction
from shared.schemas import PersonRecordRead, RecordRead, Schema


class CentreCreate(Schema):
    """An employment service centre, or a street/community labour station."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "code": "HCM-Q10",
                    "name": "Trung tâm Dịch vụ việc làm Quận 10",
                    "jurisdiction": "VN",
                    "province": "Hồ Chí Minh",
                    "district": "Quận 10",
                }
            ]
        }
    )

    code: str = Field(min_length=2, max_length=40, pattern=r"^[A-Za-z0-9-]+$")
    name: str = Field(min_length=1, max_length=200)
    jurisdiction: Jurisdiction
    province: str = Field(min_length=1, max_length=100)
    district: str = Field(min_length=1, max_length=100)


class CentreRead(CentreCreate, RecordRead):
    pass


class CaseworkerCreate(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"full_name": "Trần Thị Bình", "phone": "0283456789"}]})

    full_name: str = Field(min_length=1, max_length=200)
    phone: str = Field(min_length=3, max_length=30, description="reachable 8:00-22:00")


class CaseworkerRead(RecordRead):
    centre_id: int
    full_name: str
    phone: str
    active: bool
    left_on: date | None


class Departure(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"left_on": "2026-05-31"}]})

    left_on: date


class ContactCreate(Schema):
    """A contact with a registered person: how, what was said, what came of it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "contacted_at": "2026-03-10T09:30:00+07:00",
                    "channel": "phone",
                    "content": "discussed two vacancies in garment finishing",
                    "result": "will attend interview on 12 March",
                }
            ]
        }
    )

    caseworker_id: int | None = Field(None, description="defaults to the person's responsible caseworker")
    contacted_at: datetime
    channel: ContactChannel
    content: str = Field(min_length=1, max_length=4000)
    result: str = Field(min_length=1, max_length=4000)


class ContactRead(PersonRecordRead):
    registration_id: int
    caseworker_id: int
    contacted_at: datetime
    channel: ContactChannel
    content: str
    result: str


class MonthlyProgressReport(Schema):
    """A caseworker's month (seed 004: every caseworker reports progress monthly)."""

    caseworker_id: int
    month: str
    open_caseload: int = Field(description="open registrations assigned at the time of the report")
    contacts: int
    contacts_by_channel: dict[str, int]
    people_contacted: int
    open_cases_without_contact: int
    placed: int = Field(description="registrations closed by a placement during the month")
    job_search_notices_missed: int
