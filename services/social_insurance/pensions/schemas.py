from datetime import date
from decimal import Decimal

from pydantic import ConfigDict, Field

from shared.national_id import NationalId
from shared.schemas import MONTH_PATTERN, RecordRead, Schema


class ContinuationCreate(Schema):
    """An unemployed person registers to keep paying pension contributions individually (seed 004)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"national_id": "079190001234", "registered_on": "2026-03-15", "monthly_contribution": "500000"}
            ]
        }
    )

    national_id: NationalId
    registered_on: date
    monthly_contribution: Decimal = Field(gt=0)


class ContinuationRead(ContinuationCreate, RecordRead):
    pass


class PaymentCreate(Schema):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"month": "2026-03", "amount": "500000", "paid_on": "2026-03-20"}]}
    )

    month: str = Field(pattern=MONTH_PATTERN)
    amount: Decimal = Field(gt=0)
    paid_on: date


class PensionPaymentRead(PaymentCreate, RecordRead):
    continuation_id: int


class ContinuationRate(Schema):
    """Share of the registered unemployed who keep paying pension contributions (target ≥ 70%, seed 004)."""

    province: str | None
    unemployed: int
    continuing: int
    paying_this_period: int
    rate: float | None
    target: float = 0.70
