from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import Benefit, BenefitPayment, Overpayment, PaymentStatus, Reemployment
from shared.repository import where_given


class CrossMatchRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def overlaps(self, *, fund_area: str | None) -> Sequence[Any]:
        """Each (benefit, job) with months paid whose period reaches the job's first day, and how much."""
        statement = (
            select(
                Benefit.id.label("benefit_id"),
                Benefit.claim_id,
                Benefit.national_id,
                Benefit.fund_area,
                Reemployment,
                func.count(BenefitPayment.id).label("months"),
                func.sum(BenefitPayment.amount).label("amount"),
            )
            .join(Reemployment, Reemployment.national_id == Benefit.national_id)
            .join(BenefitPayment, BenefitPayment.benefit_id == Benefit.id)
            .where(BenefitPayment.status == PaymentStatus.paid, BenefitPayment.period_end >= Reemployment.start_date)
            .group_by(
                Benefit.id, Benefit.claim_id, Benefit.national_id, Benefit.fund_area, Reemployment.reemployment_id
            )
            .order_by(Benefit.fund_area, Benefit.national_id, Reemployment.start_date)
        )
        statement = where_given(statement, (Benefit.fund_area, fund_area))
        return (await self.session.execute(statement)).all()

    async def overpayments(self, benefit_ids: Sequence[int]) -> dict[int, Overpayment]:
        rows = await self.session.scalars(
            select(Overpayment).where(Overpayment.benefit_id.in_(benefit_ids)).order_by(Overpayment.id)
        )
        return {o.benefit_id: o for o in rows}
