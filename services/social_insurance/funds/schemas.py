from datetime import datetime
from decimal import Decimal

from pydantic import ConfigDict, Field

from shared.schemas import Schema


class FundFigures(Schema):
    """A fund area's latest figures, as its accounts report them."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "Thành phố Hồ Chí Minh",
                    "balance": "1200000000",
                    "monthly_income": "300000000",
                    "monthly_expenditure": "650000000",
                }
            ]
        }
    )

    name: str = Field(min_length=1, max_length=200)
    balance: Decimal = Field(ge=0)
    monthly_income: Decimal = Field(ge=0)
    monthly_expenditure: Decimal = Field(ge=0)
    alert_threshold_months: Decimal | None = Field(
        None, gt=0, description="default: the service's threshold (2 months)"
    )


class FundOutlook(Schema):
    """How many months the fund can still pay at the current rate (seed 001 §6)."""

    area_code: str
    name: str
    balance: Decimal
    monthly_income: Decimal
    monthly_expenditure: Decimal = Field(
        description="the reported expenditure, or the current recipients' benefits if higher"
    )
    current_recipients: int
    recipients_monthly_benefits: Decimal
    monthly_net_outflow: Decimal
    months_left: Decimal | None = Field(description="null: income covers expenditure")
    alert_threshold_months: Decimal
    alert: bool
    updated_at: datetime
