from datetime import date

from fastapi import APIRouter, Query

from services.social_insurance.dependencies import Session, Settings, Today
from services.social_insurance.retirees import service
from services.social_insurance.retirees.schemas import (
    CertificationCreate,
    CertificationRead,
    OverdueRetiree,
    RetireeCreate,
    RetireeRead,
    Staffing,
)

router = APIRouter(tags=["retirees"])


@router.post("/retirees", status_code=201, response_model=RetireeRead)
async def register_retiree(body: RetireeCreate, session: Session) -> object:
    """Register a retiree with their community."""
    return await service.register_retiree(session=session, retiree=body)


@router.post("/retirees/{retiree_id}/certifications", status_code=201, response_model=CertificationRead)
async def certify(retiree_id: int, body: CertificationCreate, session: Session) -> object:
    """Record the year's pension-eligibility certification."""
    return await service.certify(session=session, retiree_id=retiree_id, certification=body)


@router.get("/retirees/overdue", response_model=list[OverdueRetiree])
async def overdue(
    session: Session,
    settings: Settings,
    today: Today,
    year: int = Query(ge=1900, le=2199, examples=[2026]),
    as_of: date | None = None,
    community_code: str | None = None,
) -> object:
    """Retirees whose certification for the year is overdue."""
    return await service.overdue(
        session=session,
        year=year,
        as_of=as_of or today,
        due_day=settings.certification_due_day,
        community_code=community_code,
    )


@router.get("/communities/{community_code}/staffing", response_model=Staffing)
async def staffing(community_code: str, session: Session) -> object:
    """Labour-station staff the community needs for its retirees."""
    return await service.staffing(session=session, community_code=community_code)
