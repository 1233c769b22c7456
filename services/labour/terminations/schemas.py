from datetime import date

from pydantic import ConfigDict, Field, model_validator

from shared.events.vocabulary import TerminationReason
from shared.national_id import NationalId
from shared.schemas import PersonRecordRead, Schema


class TerminationReport(Schema):
    """An employer's report that a contract ended: the contract by id, or by worker and employer."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "national_id": "079190001234",
                    "employer_tax_code": "0301234562",
                    "last_working_day": "2026-02-27",
                    "reason": "enterprise_closure",
                    "reported_on": "2026-03-02",
                }
            ]
        }
    )

    contract_id: int | None = None
    national_id: NationalId | None = None
    employer_tax_code: str | None = None
    last_working_day: date
    reason: TerminationReason
    reported_on: date
    note: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _names_the_contract(self) -> "TerminationReport":
        if self.contract_id is None and (self.national_id is None or self.employer_tax_code is None):
            raise ValueError("give contract_id, or national_id with employer_tax_code")
        return self


class TerminationCorrection(Schema):
    """What changes in a reported termination; what is left out stays as it was."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"reason": "employer_termination", "note": "reason misreported"}]}
    )

    last_working_day: date | None = None
    reason: TerminationReason | None = None
    reported_on: date | None = None
    note: str | None = Field(None, max_length=2000)


class TerminationRead(PersonRecordRead):
    contract_id: int
    version: int
    current: bool
    last_working_day: date
    reason: TerminationReason
    reported_on: date
    reported_late: bool
    note: str | None
