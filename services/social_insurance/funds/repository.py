from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import ACTIVE_BENEFIT, Benefit, FundAlert, FundArea


class FundRepository:
    """Fund areas (known by their code, not a generated id) and their alerts."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def area(self, code: str) -> FundArea | None:
        return await self.session.get(FundArea, code)

    async def areas(self) -> Sequence[FundArea]:
        """Every fund area, by code."""
        return (await self.session.scalars(select(FundArea).order_by(FundArea.code))).all()

    async def recipients(self, code: str) -> tuple[int, Decimal]:
        """How many people the area pays a running benefit, and their monthly benefits together."""
        count, owed = (
            await self.session.execute(
                select(func.count(), func.coalesce(func.sum(Benefit.monthly_amount), 0)).where(
                    Benefit.fund_area == code, Benefit.status.in_(ACTIVE_BENEFIT)
                )
            )
        ).one()
        return count, Decimal(owed)

    async def running(self, code: str) -> Sequence[Benefit]:
        """The area's running benefits."""
        return (
            await self.session.scalars(
                select(Benefit).where(Benefit.fund_area == code, Benefit.status.in_(ACTIVE_BENEFIT))
            )
        ).all()

    async def started(self, code: str, *, on_or_after: date, before: date) -> tuple[int, Decimal, Decimal]:
        """How many of the area's benefits started in the period, their average monthly amount and
        their average duration in months (zeros when none did)."""
        count, amount, months = (
            await self.session.execute(
                select(
                    func.count(),
                    func.coalesce(func.avg(Benefit.monthly_amount), 0),
                    func.coalesce(func.avg(Benefit.months), 0),
                ).where(Benefit.fund_area == code, Benefit.start_date >= on_or_after, Benefit.start_date < before)
            )
        ).one()
        return count, Decimal(amount), Decimal(months)

    async def add(self, record: FundArea | FundAlert) -> None:
        self.session.add(record)
        await self.session.flush()
