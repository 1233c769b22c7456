from fastapi import APIRouter, Depends, Query

from services.job_matching.dependencies import OnDate, Session
from services.job_matching.matching import service as matching
from services.job_matching.vacancies import service
from services.job_matching.vacancies.repository import VacancyRepository
from services.job_matching.vacancies.schemas import (
    Candidate,
    ExpiryReport,
    VacancyCreate,
    VacancyRead,
    VacancyStatus,
    VacancyWithdrawal,
)
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/vacancies", tags=["vacancies"])


@router.post("", status_code=201, response_model=VacancyRead)
async def report_vacancy(body: VacancyCreate, session: Session, on: OnDate) -> object:
    """Record a vacancy an employer reported; it is offered to seekers from now until it closes."""
    return await service.open_vacancy(session=session, vacancy=body, on=on)


@router.get("", response_model=Page[VacancyRead])
async def list_vacancies(
    session: Session,
    page: PageRequest = Depends(page_request),
    status: VacancyStatus | None = None,
    province: str | None = None,
    district: str | None = None,
    occupation: str | None = Query(None, pattern=r"^\d{1,4}$", description="ISCO-08 code or prefix (a group)"),
    public_welfare: bool | None = None,
    employer_tax_code: str | None = None,
) -> object:
    """Vacancies, filtered, by keyset pages."""
    return await VacancyRepository(session).list(
        page=page,
        status=status,
        province=province,
        district=district,
        occupation=occupation,
        public_welfare=public_welfare,
        employer_tax_code=employer_tax_code,
    )


@router.post("/expire", response_model=ExpiryReport)
async def expire_vacancies(session: Session, on: OnDate) -> object:
    """Close the open vacancies whose closing date has passed (run daily)."""
    return {"closed": await service.expire_vacancies(session=session, on=on)}


@router.get("/{vacancy_id}", response_model=VacancyRead)
async def get_vacancy(vacancy_id: int, session: Session) -> object:
    """One vacancy."""
    return await VacancyRepository(session).get_or_404(vacancy_id)


@router.post("/{vacancy_id}/withdraw", response_model=VacancyRead)
async def withdraw_vacancy(vacancy_id: int, body: VacancyWithdrawal, session: Session) -> object:
    """The employer withdrew the vacancy: it stops being offered."""
    return await service.withdraw_vacancy(session=session, vacancy_id=vacancy_id, on=body.closed_on)


@router.get("/{vacancy_id}/candidates", response_model=list[Candidate])
async def rank_candidates(vacancy_id: int, session: Session, limit: int = Query(20, ge=1, le=200)) -> object:
    """Active seekers who broadly match the vacancy, best first, each with the score's breakdown;
    for a public-welfare job people in special hardship come first."""
    return await matching.rank_candidates(session=session, vacancy_id=vacancy_id, limit=limit)
