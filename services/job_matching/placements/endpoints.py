from datetime import date

from fastapi import APIRouter, Depends

from services.job_matching.dependencies import Session
from services.job_matching.placements import service
from services.job_matching.placements.repository import PlacementRepository
from services.job_matching.placements.schemas import PlacementRead, PlacementReport
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/placements", tags=["placements"])


@router.post("", status_code=201, response_model=PlacementRead)
async def report_placement(body: PlacementReport, session: Session) -> object:
    """Report a seeker who found work on their own (placements through a referral come from its outcome)."""
    return await service.report_placement(session=session, report=body)


@router.get("", response_model=Page[PlacementRead])
async def list_placements(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    centre_code: str | None = None,
    started_from: date | None = None,
    started_to: date | None = None,
) -> object:
    """Placements, filtered, by keyset pages."""
    return await PlacementRepository(session).list(
        page=page, national_id=national_id, centre_code=centre_code, started_from=started_from, started_to=started_to
    )


@router.get("/{placement_id}", response_model=PlacementRead)
async def get_placement(placement_id: int, session: Session) -> object:
    """One placement."""
    return await PlacementRepository(session).get_or_404(placement_id)
