from datetime import date
from decimal import Decimal

from pydantic import Field

from shared.events.vocabulary import ReemploymentChannel
from shared.schemas import Schema


class Evidence(Schema):
    channel: ReemploymentChannel = Field(description="the channel that first showed the work")
    agency: str
    record: str = Field(description="that agency's record of the job")


class CrossMatchCase(Schema):
    """A benefit paid for months in which the person was working."""

    national_id: str
    claim_id: int
    benefit_id: int
    employer: str
    job_start: date
    months_paid_while_working: int = Field(description="paid months whose period reaches the job's first day or later")
    amount_paid_while_working: Decimal
    overpayment: Decimal = Field(
        description="the amount to recover, by the rule pack's reading of the month the job began"
    )
    recovered_on: date | None
    evidence: Evidence


class CrossMatchArea(Schema):
    fund_area: str
    cases_found: int
    cases_recovered: int
    overpayment: Decimal
    cases: list[CrossMatchCase]


class CrossMatchReport(Schema):
    """Seed 003 III.9: people paid benefit in a month in which any channel shows work, per fund area."""

    areas: list[CrossMatchArea]
