from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from pydantic import ConfigDict, Field

from services.social_insurance.models import BenefitStatus, PaymentStatus
from services.social_insurance.rules.model import EmploymentFinding, RuleOutcome
from shared.schemas import Schema


class PaymentRead(Schema):
    number: int
    period_start: date
    period_end: date
    amount: Decimal
    status: PaymentStatus
    paid_on: date | None


class BenefitRead(Schema):
    id: int
    created_at: datetime
    claim_id: int
    national_id: str
    pack: str
    status: BenefitStatus
    monthly_amount: Decimal
    months: int
    start_date: date
    fund_area: str
    community: str | None
    refusals: int
    suspended_on: date | None
    ended_on: date | None
    end_reason: str | None


class BenefitDetail(BenefitRead):
    payments: list[PaymentRead]


class PaymentRun(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"through": "2026-04-30"}]})

    through: date = Field(description="pay every scheduled month of paying benefits that started by this day")


class Recovery(Schema):
    model_config = ConfigDict(json_schema_extra={"examples": [{"recovered_on": "2026-06-15"}]})

    recovered_on: date = Field(description="the day the overpayment was paid back")


class FindingReport(Schema):
    """Evidence that a person on benefit works (Jilin §8: contract, licence, permit, or de facto work)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "finding": {"kind": "de_facto", "consecutive_months": 3, "monthly_income": "2000"},
                    "found_on": "2026-05-02",
                }
            ]
        }
    )

    finding: EmploymentFinding
    found_on: date


class GroundReport(Schema):
    """A ground that ends a benefit, reported by the authority that knows it."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"ground": "pension", "effective_on": "2026-05-01"}]})

    ground: Literal["pension", "death", "military_service", "emigration", "imprisonment"]
    effective_on: date


class FindingOutcome(Schema):
    benefit_ended: bool
    rule: RuleOutcome | None


class OverpaymentRead(Schema):
    id: int
    benefit_id: int
    national_id: str
    amount: Decimal
    months: int
    reason: str
    detected_on: date
    recovered_on: date | None


class PublicNoticeEntry(Schema):
    """One line of the public list of benefit recipients (seed 001 §8), the ID masked."""

    name: str
    masked_id: str
    monthly_amount: Decimal
    from_date: date
    months: int
