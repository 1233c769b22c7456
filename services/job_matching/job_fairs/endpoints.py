from datetime import date

from fastapi import APIRouter, Depends

from services.job_matching.dependencies import Session
from services.job_matching.job_fairs import service
from services.job_matching.job_fairs.repository import JobFairRepository
from services.job_matching.job_fairs.schemas import FairVacancies, JobFairCreate, JobFairDetail, JobFairRead
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/job-fairs", tags=["job fairs"])


@router.post("", status_code=201, response_model=JobFairDetail)
async def hold_job_fair(body: JobFairCreate, session: Session) -> object:
    """Record a job fair and the open vacancies it presents."""
    return await service.hold_job_fair(session=session, fair=body)


@router.get("", response_model=Page[JobFairRead])
async def list_job_fairs(
    session: Session,
    page: PageRequest = Depends(page_request),
    province: str | None = None,
    centre_code: str | None = None,
    held_from: date | None = None,
) -> object:
    """Job fairs, filtered, by keyset pages."""
    return await JobFairRepository(session).list(
        page=page, province=province, centre_code=centre_code, held_from=held_from
    )


@router.get("/{job_fair_id}", response_model=JobFairDetail)
async def get_job_fair(job_fair_id: int, session: Session) -> object:
    """One fair with its vacancies."""
    return await service.job_fair_detail(session=session, job_fair_id=job_fair_id)


@router.post("/{job_fair_id}/vacancies", response_model=JobFairDetail)
async def present_vacancies(job_fair_id: int, body: FairVacancies, session: Session) -> object:
    """Add open vacancies to the fair."""
    return await service.present_vacancies(session=session, job_fair_id=job_fair_id, vacancy_ids=body.vacancy_ids)
