from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from services.social_insurance.models import (
    ACTIVE_BENEFIT,
    Benefit,
    BenefitPayment,
    BenefitStatus,
    Overpayment,
    PaymentStatus,
    Reemployment,
)
from shared.pagination import PageRequest
from shared.problems import NotFound
from shared.repository import Repository, where_given


class BenefitRepository(Repository[Benefit]):
    model = Benefit
    noun = "benefit"

    async def with_payments(self, benefit_id: int) -> Benefit | None:
        return await self.session.scalar(
            select(Benefit).where(Benefit.id == benefit_id).options(selectinload(Benefit.payments))
        )

    async def with_payments_or_404(self, benefit_id: int) -> Benefit:
        """The benefit with its payments loaded, or a 404 problem."""
        benefit = await self.with_payments(benefit_id)
        if benefit is None:
            raise NotFound(f"no {self.noun} {benefit_id}")
        return benefit

    async def active_for(self, national_ids: Sequence[str]) -> dict[str, Benefit]:
        """Each person's latest active (paying or suspended) benefit, payments loaded."""
        rows = await self.session.scalars(
            select(Benefit)
            .where(Benefit.national_id.in_(sorted(set(national_ids))), Benefit.status.in_(ACTIVE_BENEFIT))
            .order_by(Benefit.start_date)
            .options(selectinload(Benefit.payments))
        )
        return {b.national_id: b for b in rows}  # ordered by start: the latest wins

    async def with_payments_for(self, national_ids: Sequence[str]) -> dict[str, list[Benefit]]:
        """Each person's benefits that a job could still end (active or completed), payments loaded."""
        rows = await self.session.scalars(
            select(Benefit)
            .where(
                Benefit.national_id.in_(sorted(set(national_ids))),
                Benefit.status.in_((*ACTIVE_BENEFIT, BenefitStatus.completed)),
            )
            .order_by(Benefit.start_date)
            .options(selectinload(Benefit.payments))
        )
        found: dict[str, list[Benefit]] = {}
        for benefit in rows:
            found.setdefault(benefit.national_id, []).append(benefit)
        return found

    async def reemployments_known(self, reemployment_ids: Sequence[int]) -> set[int]:
        return set(
            await self.session.scalars(
                select(Reemployment.reemployment_id).where(Reemployment.reemployment_id.in_(reemployment_ids))
            )
        )

    def add_reemployments(self, rows: Sequence[Reemployment]) -> None:
        self.session.add_all(rows)

    async def claim_of(self, benefit_id: int) -> int:
        return (await self.session.execute(select(Benefit.claim_id).where(Benefit.id == benefit_id))).scalar_one()

    async def due_payments(self, through: date) -> Sequence[BenefitPayment]:
        return (
            await self.session.scalars(
                select(BenefitPayment)
                .join(Benefit, Benefit.id == BenefitPayment.benefit_id)
                .where(
                    Benefit.status == BenefitStatus.paying,
                    BenefitPayment.status == PaymentStatus.scheduled,
                    BenefitPayment.period_start <= through,
                )
                .order_by(BenefitPayment.id)
            )
        ).all()

    async def recipients(self, *, community: str) -> Sequence[Benefit]:
        return (
            await self.session.scalars(
                select(Benefit)
                .where(Benefit.community == community, Benefit.status.in_(ACTIVE_BENEFIT))
                .order_by(Benefit.id)
            )
        ).all()

    async def list(
        self,
        *,
        page: PageRequest,
        national_id: str | None,
        status: BenefitStatus | None,
        fund_area: str | None,
    ) -> dict[str, Any]:
        statement = where_given(
            select(Benefit),
            (Benefit.national_id, national_id),
            (Benefit.status, status),
            (Benefit.fund_area, fund_area),
        )
        return await self.page(statement, page)


class OverpaymentRepository(Repository[Overpayment]):
    model = Overpayment
    noun = "overpayment"

    async def list(self, *, page: PageRequest, national_id: str | None, outstanding: bool | None) -> dict[str, Any]:
        statement = where_given(select(Overpayment), (Overpayment.national_id, national_id))
        if outstanding is not None:
            recovered = Overpayment.recovered_on
            statement = statement.where(recovered.is_(None) if outstanding else recovered.is_not(None))
        return await self.page(statement, page)
