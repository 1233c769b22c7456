from datetime import date

from fastapi import APIRouter

from services.job_matching.dependencies import Session
from services.job_matching.reports import service
from services.job_matching.reports.schemas import KpiReport

router = APIRouter(prefix="/reports", tags=["reports"])


@router.get("/kpis", response_model=KpiReport)
async def kpis(session: Session, registered_from: date, registered_to: date, centre_code: str | None = None) -> object:
    """Of the seekers who registered in the period: shares referred, placed after referral, and with
    three offers, per centre."""
    return await service.kpis(
        session=session, registered_from=registered_from, registered_to=registered_to, centre_code=centre_code
    )
