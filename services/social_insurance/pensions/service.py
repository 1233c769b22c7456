"""Pension continuation for the unemployed (seed 004): registrations, payments, and the rate."""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import PensionContinuation, PensionPayment, UnemploymentRegistration, outbox
from services.social_insurance.pensions.schemas import ContinuationCreate, ContinuationRate, PaymentCreate
from shared.events.social_insurance import PensionContinuationRegistered
from shared.problems import Conflict, InvalidInput, NotFound


async def register_continuation(*, session: AsyncSession, continuation: ContinuationCreate) -> PensionContinuation:
    """Register a person to pay pension contributions individually (once per person); published."""
    existing = await session.scalar(select(PensionContinuation).where(PensionContinuation.national_id == continuation.national_id))
    if existing is not None:
        raise Conflict(f"{continuation.national_id} already continues pension contributions", existing=f"/pension-continuations/{existing.id}")
    record = PensionContinuation(**continuation.model_dump())
    session.add(record)
    await session.flush()
    await outbox.record(session, PensionContinuationRegistered(
        continuation_id=record.id, national_id=record.national_id, registered_on=record.registered_on,
    ), subject=record.national_id)
    return record


async def record_payment(*, session: AsyncSession, continuation_id: int, payment: PaymentCreate) -> PensionPayment:
    """Record a month's individual pension payment (once per month)."""
    continuation = await session.get(PensionContinuation, continuation_id)
    if continuation is None:
        raise NotFound(f"no pension continuation {continuation_id}")
    if payment.month < f"{continuation.registered_on:%Y-%m}":
        raise InvalidInput.of("month", "not_before_registration", f"the person registered on {continuation.registered_on}")
    duplicate = await session.scalar(select(PensionPayment.id).where(
        PensionPayment.continuation_id == continuation_id, PensionPayment.month == payment.month))
    if duplicate is not None:
        raise Conflict(f"the payment for {payment.month} is already recorded")
    record = PensionPayment(continuation_id=continuation_id, **payment.model_dump())
    session.add(record)
    await session.flush()
    return record


async def continuation_rate(*, session: AsyncSession, province: str | None, paid_since: date) -> ContinuationRate:
    """Registered unemployed (by province) who registered to continue, and who paid since a date."""
    unemployed = select(UnemploymentRegistration.national_id).distinct()
    if province is not None:
        unemployed = unemployed.where(UnemploymentRegistration.province == province)
    people = unemployed.subquery()
    total = await session.scalar(select(func.count()).select_from(people)) or 0
    continuing = await session.scalar(
        select(func.count()).select_from(PensionContinuation).where(PensionContinuation.national_id.in_(select(people.c.national_id)))
    ) or 0
    paying = await session.scalar(
        select(func.count(func.distinct(PensionContinuation.id)))
        .join(PensionPayment, PensionPayment.continuation_id == PensionContinuation.id)
        .where(PensionContinuation.national_id.in_(select(people.c.national_id)), PensionPayment.paid_on >= paid_since)
    ) or 0
    return ContinuationRate(
        province=province, unemployed=total, continuing=continuing, paying_this_period=paying,
        rate=round(continuing / total, 4) if total else None,
    )
