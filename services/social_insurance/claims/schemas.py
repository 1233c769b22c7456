from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.social_insurance.rules.model import EmploymentFinding
from shared.national_id import NationalId
from shared.ndjson import LineResult
from shared.schemas import Schema


class ClaimCreate(Schema):
    """An application for unemployment benefit; the termination defaults to the person's latest."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"national_id": "079190001234", "filed_on": "2026-03-09", "receives_pension": False}]
        }
    )

    national_id: NationalId
    termination_id: int | None = None
    filed_on: date
    receives_pension: bool = False
    receives_work_incapacity_allowance: bool = False
    employment_findings: list[EmploymentFinding] = Field(default_factory=list)


class ClaimRead(Schema):
    id: int
    created_at: datetime
    national_id: str
    termination_id: int
    filed_on: date
    pack: str
    pack_version: int
    eligible: bool
    facts: dict[str, Any] = Field(description="the inputs the decision was made on")
    decision: dict[str, Any] = Field(
        description="every rule's outcome with its article, the amount, months and schedule"
    )
    benefit_id: int | None = None

    @classmethod
    def of(cls, claim: object, *, benefit_id: int | None) -> "ClaimRead":
        """A stored claim as read, with the benefit it started."""
        return cls.model_validate(claim).model_copy(update={"benefit_id": benefit_id})


class ReplayedDecision(Schema):
    """A stored decision made again from its stored facts and pack: they must agree."""

    claim_id: int
    national_id: str
    same: bool
    monthly_amount: Decimal
    months: int


class ClaimImportResult(LineResult):
    """What the import did with one line: created, unchanged (the claim was decided before: its id) or rejected."""

    eligible: bool | None = None


class ClaimImportReport(BaseModel):
    created: int
    unchanged: int
    rejected: int
    results: list[ClaimImportResult]
