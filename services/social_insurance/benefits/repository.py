from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from services.social_insurance.models import Benefit, BenefitPayment, Overpayment
from shared.pagination import PageRequest
from shared.repository import Repository

ACTIVE = ("paying", "suspended")


class BenefitRepository(Repository[Benefit]):
    model = Benefit
    noun = "benefit"

    async def with_payments(self, benefit_id: int) -> Benefit | None:
        return await self.session.scalar(select(Benefit).where(Benefit.id == benefit_id).options(selectinload(Benefit.payments)))

    async def active_for(self, national_ids: Sequence[str], *, include_completed: bool = False) -> dict[str, Benefit]:
        """Each person's latest active (paying or suspended) benefit, payments loaded; with
        `include_completed`, also a completed one (months paid may turn out to be overpaid)."""
        statuses = (*ACTIVE, "completed") if include_completed else ACTIVE
        rows = await self.session.scalars(
            select(Benefit).where(Benefit.national_id.in_(national_ids), Benefit.status.in_(statuses))
            .order_by(Benefit.start_date).options(selectinload(Benefit.payments))
        )
        return {b.national_id: b for b in rows}  # ordered by start: the latest wins

    async def due_payments(self, through: object) -> Sequence[BenefitPayment]:
        return (await self.session.scalars(
            select(BenefitPayment).join(Benefit, Benefit.id == BenefitPayment.benefit_id)
            .where(Benefit.status == "paying", BenefitPayment.status == "scheduled", BenefitPayment.period_start <= through)
            .order_by(BenefitPayment.id)
        )).all()

    async def recipients(self, *, community: str) -> Sequence[Benefit]:
        return (await self.session.scalars(
            select(Benefit).where(Benefit.community == community, Benefit.status.in_(ACTIVE)).order_by(Benefit.id)
        )).all()

    async def list(self, *, page: PageRequest, national_id: str | None, status: str | None, fund_area: str | None) -> dict[str, Any]:
        statement = select(Benefit)
        if national_id is not None:
            statement = statement.where(Benefit.national_id == national_id)
        if status is not None:
            statement = statement.where(Benefit.status == status)
        if fund_area is not None:
            statement = statement.where(Benefit.fund_area == fund_area)
        return await self.page(statement, page)


class OverpaymentRepository(Repository[Overpayment]):
    model = Overpayment
    noun = "overpayment"

    async def list(self, *, page: PageRequest, national_id: str | None, outstanding: bool | None) -> dict[str, Any]:
        statement = select(Overpayment)
        if national_id is not None:
            statement = statement.where(Overpayment.national_id == national_id)
        if outstanding is not None:
            statement = statement.where(Overpayment.recovered_on.is_(None) if outstanding else Overpayment.recovered_on.is_not(None))
        return await self.page(statement, page)
