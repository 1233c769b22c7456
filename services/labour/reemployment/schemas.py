from dataclasses import dataclass
from datetime import date

from pydantic import ConfigDict, Field

from shared.events.labour import Evidence
from shared.events.vocabulary import ReemploymentChannel
from shared.national_id import NationalId
from shared.schemas import PersonRecordRead, Schema

TAX_CODE_PATTERN = r"^[0-9A-Za-z-]{8,20}$"


@dataclass(frozen=True)
class JobReport:
    """What one channel says about a job: who, with whom, from when, and its own record of it."""

    national_id: str
    employer_tax_code: str | None
    employer_name: str
    start_date: date
    channel: ReemploymentChannel
    evidence: Evidence
    through_referral: bool = False


class NewHire(Schema):
    """A partner agency's report that an employer hired a person (the tax agency knows who withholds
    income tax for whom)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "employer_tax_code": "0312345673",
                    "employer_name": "Công ty TNHH Dệt Sài Gòn",
                    "start_date": "2026-05-04",
                    "reported_by": "VN-GDT-HCM",
                    "reference": "TNCN/2026/05/000123",
                }
            ]
        }
    )

    national_id: NationalId
    employer_tax_code: str = Field(pattern=TAX_CODE_PATTERN)
    employer_name: str = Field(min_length=1, max_length=200)
    start_date: date
    reported_by: str = Field(
        min_length=2, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$", description="the reporting agency's code"
    )
    reference: str | None = Field(None, max_length=200, description="the reporting agency's own record of the hire")


class ReemploymentRead(PersonRecordRead):
    employer_tax_code: str | None
    employer_name: str
    start_date: date
    out_of_work_since: date = Field(
        description="the last working day (or registration) that began the time out of work"
    )
    channel: ReemploymentChannel = Field(description="the channel that reported the job first")
    through_referral: bool
    channels: list[ReemploymentChannel] = Field(
        default_factory=list, description="every channel that has reported the job"
    )


class ReemploymentReportRead(PersonRecordRead):
    reemployment_id: int | None = Field(description="the job it reported, or null when the person was not out of work")
    channel: ReemploymentChannel
    agency: str
    record: str = Field(description="the reporting agency's record of it")
    employer_tax_code: str | None
    employer_name: str
    start_date: date
