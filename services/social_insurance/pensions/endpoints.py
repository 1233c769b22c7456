from datetime import date

from fastapi import APIRouter

from services.social_insurance.dependencies import Session
from services.social_insurance.pensions import service
from services.social_insurance.pensions.schemas import (
    ContinuationCreate,
    ContinuationRate,
    ContinuationRead,
    PaymentCreate,
    PensionPaymentRead,
)

router = APIRouter(prefix="/pension-continuations", tags=["pension continuation"])


@router.post("", status_code=201, response_model=ContinuationRead)
async def register_continuation(body: ContinuationCreate, session: Session) -> object:
    """Register an unemployed person to pay pension contributions individually."""
    return await service.register_continuation(session=session, continuation=body)


@router.post("/{continuation_id}/payments", status_code=201, response_model=PensionPaymentRead)
async def record_payment(continuation_id: int, body: PaymentCreate, session: Session) -> object:
    """Record a month's payment."""
    return await service.record_payment(session=session, continuation_id=continuation_id, payment=body)


@router.get("/rate", response_model=ContinuationRate)
async def continuation_rate(session: Session, paid_since: date, province: str | None = None) -> object:
    """The share of registered unemployed continuing pension contributions (target ≥ 70%)."""
    return await service.continuation_rate(session=session, province=province, paid_since=paid_since)
