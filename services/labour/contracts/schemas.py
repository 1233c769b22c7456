from datetime import date
from decimal import Decimal

from pydantic import ConfigDict, Field

from shared.events.vocabulary import ContractType
from shared.national_id import NationalId
from shared.schemas import PersonRecordRead, Schema


class ContractCreate(Schema):
    """A labour contract between a known worker and a known employer."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "employer_tax_code": "0301234562",
                    "contract_type": "definite_term",
                    "start_date": "2023-03-01",
                    "planned_end": "2026-02-28",
                    "insured_monthly_salary": "9500000",
                }
            ]
        }
    )

    national_id: NationalId
    employer_tax_code: str
    contract_type: ContractType
    start_date: date
    planned_end: date | None = Field(None, description="required for definite-term and seasonal contracts")
    insured_monthly_salary: Decimal = Field(gt=0, max_digits=14, decimal_places=2)


class ContractRead(PersonRecordRead):
    worker_id: int
    employer_id: int
    contract_type: ContractType
    start_date: date
    planned_end: date | None
    insured_monthly_salary: Decimal
