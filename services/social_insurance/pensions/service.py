"""Pension continuation for the unemployed (seed 004): registrations, payments, and the rate."""

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import PensionContinuation, PensionPayment, outbox
from services.social_insurance.pensions.repository import ContinuationRepository
from services.social_insurance.pensions.schemas import ContinuationCreate, ContinuationRate, PaymentCreate
from shared.events.social_insurance import PensionContinuationRegistered
from shared.problems import Conflict, InvalidInput


async def register_continuation(*, session: AsyncSession, continuation: ContinuationCreate) -> PensionContinuation:
    """Register a person to pay pension contributions individually (once per person); published."""
    repository = ContinuationRepository(session)
    existing = await repository.one_by(national_id=continuation.national_id)
    if existing is not None:
        raise Conflict(
            f"{continuation.national_id} already continues pension contributions",
            existing=f"/pension-continuations/{existing.id}",
        )
    record = await repository.add(PensionContinuation(**continuation.model_dump()))
    await outbox.record(
        session,
        PensionContinuationRegistered(
            continuation_id=record.id,
            national_id=record.national_id,
            registered_on=record.registered_on,
        ),
        subject=record.national_id,
    )
    return record


async def record_payment(*, session: AsyncSession, continuation_id: int, payment: PaymentCreate) -> PensionPayment:
    """Record a month's individual pension payment (once per month)."""
    repository = ContinuationRepository(session)
    continuation = await repository.get_or_404(continuation_id)
    if payment.month < f"{continuation.registered_on:%Y-%m}":
        raise InvalidInput.of(
            "month", "not_before_registration", f"the person registered on {continuation.registered_on}"
        )
    if await repository.payment_recorded(continuation_id, payment.month):
        raise Conflict(f"the payment for {payment.month} is already recorded")
    return await repository.add_payment(PensionPayment(continuation_id=continuation_id, **payment.model_dump()))


async def continuation_rate(*, session: AsyncSession, province: str | None, paid_since: date) -> ContinuationRate:
    """Registered unemployed (by province) who registered to continue, and who paid since a date."""
    repository = ContinuationRepository(session)
    total, continuing, paying = await repository.rate_counts(province=province, paid_since=paid_since)
    return ContinuationRate(
        province=province,
        unemployed=total,
        continuing=continuing,
        paying_this_period=paying,
        rate=round(continuing / total, 4) if total else None,
    )
