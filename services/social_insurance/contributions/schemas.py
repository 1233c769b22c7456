from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from shared.national_id import NationalId
from shared.ndjson import LineResult
from shared.schemas import MONTH_PATTERN, Schema


class ContributionReport(Schema):
    """One person's month in an employer's monthly report."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "employer_tax_code": "0301234562",
                    "month": "2026-01",
                    "insured_salary": "9000000",
                    "pension_individual": "720000",
                    "pension_employer": "1260000",
                    "unemployment": "180000",
                    "health": "405000",
                    "due_on": "2026-02-28",
                    "paid_on": "2026-02-20",
                }
            ]
        }
    )

    national_id: NationalId
    employer_tax_code: str = Field(min_length=8, max_length=20)
    month: str = Field(pattern=MONTH_PATTERN)
    insured_salary: Decimal = Field(gt=0)
    pension_individual: Decimal = Field(ge=0)
    pension_employer: Decimal = Field(ge=0)
    unemployment: Decimal = Field(ge=0)
    health: Decimal = Field(ge=0)
    due_on: date
    paid_on: date | None = None


class ContributionRead(ContributionReport):
    id: int


class ImportReport(BaseModel):
    created: int
    unchanged: int
    updated: int
    rejected: int
    results: list[LineResult]


class Arrears(BaseModel):
    """An employer with unpaid or late months."""

    employer_tax_code: str
    unpaid_months: int
    amount_owed: Decimal
    late_months: int
