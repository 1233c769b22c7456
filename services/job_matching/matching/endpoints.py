from fastapi import APIRouter, Depends, Query

from services.job_matching.dependencies import OnDate, Session
from services.job_matching.matching import service
from services.job_matching.matching.repository import OfferRepository
from services.job_matching.matching.schemas import Match, OfferRead, OfferRound, Shortage
from services.job_matching.seekers.repository import SeekerRepository
from shared.national_id import NationalIdFilter, NationalIdPath
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(tags=["matching and offers"])


@router.get("/seekers/{national_id}/matches", response_model=list[Match])
async def rank_vacancies(
    national_id: NationalIdPath, session: Session, on: OnDate, limit: int = Query(10, ge=1, le=100)
) -> object:
    """Open vacancies ranked for the seeker, best first, each with the score's breakdown and reasons."""
    return await service.matches(session=session, national_id=national_id, on=on, limit=limit)


@router.post("/seekers/{national_id}/offers", response_model=Page[OfferRead])
async def make_offers(national_id: NationalIdPath, session: Session, on: OnDate) -> object:
    """Offer the seeker broadly matching vacancies until they hold three open offers; returns all their offers."""
    seeker = await SeekerRepository(session).by_national_id_or_404(national_id)
    if seeker.status != "active":
        raise service.SeekerNotActive(seeker)
    await service.make_offers(session=session, seekers=[seeker], on=on)
    return await OfferRepository(session).list(page=PageRequest(limit=500), national_id=national_id, vacancy_id=None)


@router.get("/offers", response_model=Page[OfferRead])
async def list_offers(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    vacancy_id: int | None = None,
) -> object:
    """Offers made, filtered, by keyset pages."""
    return await OfferRepository(session).list(page=page, national_id=national_id, vacancy_id=vacancy_id)


@router.post("/offers/round", response_model=OfferRound)
async def offer_round(session: Session, on: OnDate, centre_code: str | None = None) -> object:
    """Bring every active seeker (of a centre, or all) to three open offers where the market has them (run daily)."""
    return await service.offer_round(session=session, centre_code=centre_code, on=on)


@router.get("/reports/offer-shortages", response_model=list[Shortage])
async def offer_shortages(session: Session, on: OnDate, centre_code: str | None = None) -> object:
    """Active seekers for whom fewer than three broadly matching offers exist: a shortage the centre must act on."""
    return await service.shortages(session=session, centre_code=centre_code, on=on)
