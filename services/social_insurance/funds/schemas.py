from datetime import date, datetime
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


class ForecastMonth(Schema):
    """One month ahead in a fund area's forecast."""

    month: date = Field(description="the month's first day")
    recipients: Decimal = Field(description="people paid that month; new claims at the current rate count in fractions")
    expenditure: Decimal = Field(description="what the area pays that month, at least the reported expenditure")
    net_outflow: Decimal
    balance: Decimal = Field(description="at the month's end")
    months_left: Decimal | None = Field(description="null: income covers expenditure")
    below_threshold: bool


class FundForecast(Schema):
    """The months ahead of a fund area: the benefits running now until their months run out, and
    new benefits starting at the rate of the last three whole months, each paying the average
    amount for the average duration of those."""

    area_code: str
    claim_rate: Decimal = Field(
        description="new benefits a month: those started in the last three whole months, over 3"
    )
    new_benefit_amount: Decimal = Field(description="their average monthly amount")
    new_benefit_months: int = Field(description="their average duration in months, rounded up")
    months: list[ForecastMonth]
