from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import Query
from pydantic import ConfigDict, Field

from shared.schemas import Schema

GroupBy = Literal["all", "province", "district", "centre"]
Province = Annotated[str | None, Query(max_length=100)]
District = Annotated[str | None, Query(max_length=100)]
Centre = Annotated[str | None, Query(max_length=40)]


@dataclass(frozen=True)
class Grouping:
    """A report's groups (per province, district or centre, or all together) and the place it is
    limited to: the query parameters every grouped report takes (a FastAPI dependency)."""

    group_by: GroupBy = "province"
    province: Province = None
    district: District = None
    centre_code: Centre = None


class TargetRead(Schema):
    indicator: str
    description: str
    source: str
    target_percent: Decimal


class Indicator(Schema):
    """One indicator of one group: how many of how many, the share, and whether it meets the target."""

    indicator: str
    numerator: int
    denominator: int
    percent: Decimal | None = Field(description="null when there is nothing to measure")
    target_percent: Decimal
    met: bool | None


class Group(Schema):
    """Which group a row is for; the fields not grouped by are null."""

    province: str | None = None
    district: str | None = None
    centre_code: str | None = None


class KpiGroup(Group):
    registered: int = Field(description="registrations as unemployed in the period: the cases measured")
    indicators: list[Indicator]
    paid_while_working: int = Field(
        description="cases whose benefit was paid for months in which they worked (integrity cross-match)"
    )
    overpayments_recovered: int = Field(description="of those, cases whose overpayment was paid back")


class KpiReport(Schema):
    """The person-based targets, measured over the people who registered in the period."""

    registered_from: date
    registered_to: date
    group_by: GroupBy
    targets: list[TargetRead]
    groups: list[KpiGroup]


class LinkageGroup(Group):
    terminations: int = Field(description="terminations first recorded in the period")
    measured: int = Field(description="those linked already or recorded more than a day ago")
    linked_within_a_day: int
    linked_later: int
    awaiting_notice: int = Field(description="recorded less than a day ago, no notice yet")
    indicator: Indicator
    lag_p50_seconds: float | None = Field(description="termination recorded → notice issued, by the events' own times")
    lag_p99_seconds: float | None


class LinkageReport(Schema):
    """Data linkage between labour and social insurance: terminations that produced a continuation
    notice within a day."""

    recorded_from: date
    recorded_to: date
    group_by: Literal["all", "province"]
    groups: list[LinkageGroup]


class QuarterlyRow(Group):
    registrations: int
    actions: dict[str, int] = Field(description="assistance actions and outcomes dated in the quarter, by kind")


class QuarterlyTable(Schema):
    """Seed 000 §2: the quarterly statistics table of re-employment assistance, per district."""

    quarter: str
    period_start: date
    period_end: date
    due_on: date = Field(description="the 10th of the first month after the quarter")
    rows: list[QuarterlyRow]


class SurveyResponse(Schema):
    """A UI participant's anonymous answer, collected by a centre; `response_id` makes a resend harmless."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "response_id": "HCM-Q10-2026-000123",
                    "centre_code": "HCM-Q10",
                    "province": "Hồ Chí Minh",
                    "district": "Quận 10",
                    "service": "benefit",
                    "surveyed_on": "2026-03-02",
                    "score": 5,
                },
            ]
        }
    )

    response_id: str = Field(min_length=1, max_length=80)
    centre_code: str = Field(min_length=1, max_length=40)
    province: str = Field(min_length=1, max_length=100)
    district: str = Field(min_length=1, max_length=100)
    service: Literal["registration", "benefit", "counselling", "referral", "training", "other"]
    surveyed_on: date
    score: int = Field(ge=1, le=5, description="1 very dissatisfied … 5 very satisfied")


class SurveyResponseRead(SurveyResponse):
    agency_code: str
    created_at: datetime


class SatisfactionGroup(Group):
    responses: int
    indicator: Indicator


class SatisfactionReport(Schema):
    """The satisfaction index: the share of responses that were satisfied or very satisfied."""

    surveyed_from: date
    surveyed_to: date
    group_by: GroupBy
    groups: list[SatisfactionGroup]


class FundMonths(Schema):
    area_code: str
    name: str
    months_left: Decimal | None = Field(description="null: income covers expenditure")
    alert_threshold_months: Decimal
    alert: bool
    updated_at: datetime


class FundMonthsReport(Schema):
    """Seed 001 §6: months of benefit each fund area can still pay; an alert below the threshold."""

    areas: list[FundMonths]
