from datetime import date

from sqlalchemy import func, select

from services.social_insurance.models import PensionContinuation, PensionPayment, UnemploymentRegistration
from shared.repository import Repository, where_given


class ContinuationRepository(Repository[PensionContinuation]):
    model = PensionContinuation
    noun = "pension continuation"

    async def payment_recorded(self, continuation_id: int, month: str) -> bool:
        """Whether the month's payment of this continuation is recorded."""
        return (
            await self.session.scalar(
                select(PensionPayment.id).where(
                    PensionPayment.continuation_id == continuation_id, PensionPayment.month == month
                )
            )
            is not None
        )

    async def add_payment(self, payment: PensionPayment) -> PensionPayment:
        self.session.add(payment)
        await self.session.flush()
        return payment

    async def rate_counts(self, *, province: str | None, paid_since: date) -> tuple[int, int, int]:
        """Registered unemployed people (in the province), those of them who continue pension
        contributions, and those who paid since the day."""
        people = where_given(
            select(UnemploymentRegistration.national_id).distinct(),
            (UnemploymentRegistration.province, province),
        ).subquery()
        registered = PensionContinuation.national_id.in_(select(people.c.national_id))
        total = await self.session.scalar(select(func.count()).select_from(people)) or 0
        continuing = (
            await self.session.scalar(select(func.count()).select_from(PensionContinuation).where(registered)) or 0
        )
        paying = (
            await self.session.scalar(
                select(func.count(func.distinct(PensionContinuation.id)))
                .join(PensionPayment, PensionPayment.continuation_id == PensionContinuation.id)
                .where(registered, PensionPayment.paid_on >= paid_since)
            )
            or 0
        )
        return total, continuing, paying
