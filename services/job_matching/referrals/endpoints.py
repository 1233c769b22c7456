from fastapi import APIRouter, Depends

from services.job_matching.dependencies import Session
from services.job_matching.models import ReferralState
from services.job_matching.referrals import service
from services.job_matching.referrals.repository import ReferralRepository
from services.job_matching.referrals.schemas import ReferralCreate, ReferralOutcome, ReferralRead
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/referrals", tags=["referrals"])


@router.post("", status_code=201, response_model=ReferralRead)
async def refer(body: ReferralCreate, session: Session) -> object:
    """Refer an active seeker to an open vacancy."""
    return await service.refer(session=session, referral=body)


@router.get("", response_model=Page[ReferralRead])
async def list_referrals(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    vacancy_id: int | None = None,
    centre_code: str | None = None,
    outcome: ReferralState | None = None,
) -> object:
    """Referrals, filtered, by keyset pages."""
    return await ReferralRepository(session).list(
        page=page, national_id=national_id, vacancy_id=vacancy_id, centre_code=centre_code, outcome=outcome
    )


@router.get("/{referral_id}", response_model=ReferralRead)
async def get_referral(referral_id: int, session: Session) -> object:
    """One referral."""
    return await ReferralRepository(session).get_or_404(referral_id)


@router.post("/{referral_id}/outcome", response_model=ReferralRead)
async def record_outcome(referral_id: int, body: ReferralOutcome, session: Session) -> object:
    """Record how the referral ended: hired (a placement), rejected by employer, declined (with or
    without good reason) or no-show."""
    return await service.record_outcome(session=session, referral_id=referral_id, outcome=body)
