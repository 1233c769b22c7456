from datetime import date
from decimal import Decimal

from pydantic import Field

from shared.schemas import Schema


class CentreKpis(Schema):
    centre_code: str = Field(description="a centre, or ALL for the total")
    registered: int = Field(description="seekers who registered in the period")
    referred: int = Field(description="of them, referred to a job by the period's end")
    referred_share: Decimal | None = Field(description="target 0.80 in 2025, 0.90 in 2030 (seed 003)")
    placed_after_referral: int
    placed_share_of_referred: Decimal | None = Field(description="target 0.60 in 2025, 0.70 in 2030 (seed 003)")
    placed_on_own: int = Field(description="found work without a referral (reported by the centre)")
    with_three_offers: int
    three_offer_share: Decimal | None = Field(
        description="target 1.00: at least three offers per registered person (seed 000)"
    )


class KpiReport(Schema):
    registered_from: date
    registered_to: date
    centres: list[CentreKpis]
    total: CentreKpis
