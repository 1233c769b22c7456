from fastapi import APIRouter, Depends

from services.job_matching.dependencies import Session
from services.job_matching.occupations import service
from services.job_matching.occupations.repository import OccupationMappingRepository
from services.job_matching.occupations.schemas import OccupationMappingCreate, OccupationMappingRead
from shared.events.vocabulary import Jurisdiction
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/occupations/mappings", tags=["occupations"])


@router.post("", status_code=201, response_model=OccupationMappingRead)
async def add_mapping(body: OccupationMappingCreate, session: Session) -> object:
    """Map a national occupation code to its ISCO-08 unit group."""
    return await service.add_mapping(session=session, mapping=body)


@router.get("", response_model=Page[OccupationMappingRead])
async def list_mappings(
    session: Session, page: PageRequest = Depends(page_request), jurisdiction: Jurisdiction | None = None
) -> object:
    """The mapping table by keyset pages."""
    return await OccupationMappingRepository(session).list(page=page, jurisdiction=jurisdiction)


@router.get("/{mapping_id}", response_model=OccupationMappingRead)
async def get_mapping(mapping_id: int, session: Session) -> object:
    """One mapping."""
    return await OccupationMappingRepository(session).get_or_404(mapping_id)
