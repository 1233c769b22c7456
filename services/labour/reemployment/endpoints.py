from fastapi import APIRouter, Depends

from services.labour.dependencies import Session
from services.labour.reemployment import service
from services.labour.reemployment.repository import ReemploymentRepository
from services.labour.reemployment.schemas import ReemploymentRead, ReemploymentReportRead
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request
from shared.problems import NotFound

router = APIRouter(tags=["re-employment"])


@router.get("/reemployments", response_model=Page[ReemploymentRead])
async def list_reemployments(
    session: Session, page: PageRequest = Depends(page_request), national_id: NationalIdFilter = None
) -> object:
    """Jobs of people who were out of work, one per job however many channels reported it, with those channels."""
    return await service.reemployments(session=session, page=page, national_id=national_id)


@router.get("/reemployment-reports/{report_id}", response_model=ReemploymentReportRead)
async def get_reemployment_report(report_id: int, session: Session) -> object:
    """One channel's report of a job: its agency and that agency's record."""
    report = await ReemploymentRepository(session).report(report_id)
    if report is None:
        raise NotFound(f"no re-employment report {report_id}")
    return report
