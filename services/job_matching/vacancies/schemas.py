from datetime import date
from decimal import Decimal

from pydantic import ConfigDict, Field, model_validator

from services.job_matching.models import VacancyCloseReason, VacancyStatus
from services.job_matching.occupations.schemas import IscoCode
from shared.events.vocabulary import ContractType, Jurisdiction
from shared.schemas import RecordRead, Schema


class VacancyCreate(Schema):
    """A vacancy an employer reports; the occupation as ISCO-08 or as a mapped national code."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "jurisdiction": "VN",
                    "employer_tax_code": "0309876547",
                    "employer_name": "Công ty Cơ khí Thủ Đức",
                    "title": "CNC machine operator",
                    "isco_code": "7223",
                    "skills": ["cnc operation", "technical drawing"],
                    "province": "Hồ Chí Minh",
                    "district": "Thủ Đức",
                    "wage_min": "8000000",
                    "wage_max": "11000000",
                    "contract_type": "indefinite",
                    "openings": 5,
                    "closing_date": "2026-12-31",
                    "public_welfare": False,
                }
            ]
        }
    )

    jurisdiction: Jurisdiction
    employer_tax_code: str = Field(min_length=8, max_length=20, pattern=r"^[0-9A-Z-]+$")
    employer_name: str = Field(min_length=1, max_length=200)
    title: str = Field(min_length=1, max_length=200)
    isco_code: IscoCode | None = None
    national_occupation_code: str | None = Field(
        None, max_length=20, description="mapped to ISCO-08 through /occupations/mappings"
    )
    skills: list[str] = Field(default_factory=list, max_length=30)
    province: str = Field(min_length=1, max_length=100)
    district: str = Field(min_length=1, max_length=100)
    wage_min: Decimal | None = Field(None, ge=0)
    wage_max: Decimal | None = Field(None, ge=0)
    contract_type: ContractType
    openings: int = Field(ge=1, le=10_000)
    closing_date: date
    public_welfare: bool = Field(
        False, description="a public-welfare job (公益性岗位): people in special hardship come first"
    )

    @model_validator(mode="after")
    def _wage_range(self) -> "VacancyCreate":
        if self.wage_min is not None and self.wage_max is not None and self.wage_max < self.wage_min:
            raise ValueError("wage_max must not be below wage_min")
        return self


class VacancyRead(RecordRead):
    jurisdiction: Jurisdiction
    employer_tax_code: str
    employer_name: str
    title: str
    isco_code: str
    national_occupation_code: str | None
    skills: list[str]
    province: str
    district: str
    wage_min: Decimal | None
    wage_max: Decimal | None
    contract_type: ContractType
    openings: int
    filled: int
    closing_date: date
    public_welfare: bool
    status: VacancyStatus
    closed_on: date | None
    close_reason: VacancyCloseReason | None


class VacancyWithdrawal(Schema):
    """The employer withdrew the vacancy."""

    closed_on: date


class ExpiryReport(Schema):
    closed: list[int] = Field(description="ids of the vacancies closed as expired")


class Candidate(Schema):
    """A seeker ranked for a vacancy, with the score that explains it."""

    national_id: str
    centre_code: str | None
    special_hardship: bool
    score: int
    breakdown: dict[str, object]
