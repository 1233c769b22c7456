from fastapi import APIRouter, Depends

from services.job_matching.dependencies import Session
from services.job_matching.models import SeekerStatus
from services.job_matching.seekers import service
from services.job_matching.seekers.repository import SeekerRepository
from services.job_matching.seekers.schemas import PreferencesUpdate, SeekerRead
from shared.national_id import NationalIdPath
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/seekers", tags=["seeker profiles"])


@router.get("", response_model=Page[SeekerRead])
async def list_seekers(
    session: Session,
    page: PageRequest = Depends(page_request),
    centre_code: str | None = None,
    status: SeekerStatus | None = None,
) -> object:
    """Seeker profiles, filtered, by keyset pages."""
    return await SeekerRepository(session).list(page=page, centre_code=centre_code, status=status)


@router.get("/{national_id}", response_model=SeekerRead)
async def get_seeker(national_id: NationalIdPath, session: Session) -> object:
    """One seeker's profile."""
    return await SeekerRepository(session).by_national_id_or_404(national_id)


@router.patch("/{national_id}/preferences", response_model=SeekerRead)
async def update_preferences(national_id: NationalIdPath, body: PreferencesUpdate, session: Session) -> object:
    """Change the seeker's occupations, skills, places, minimum wage or willingness to move."""
    return await service.update_preferences(session=session, national_id=national_id, preferences=body)
