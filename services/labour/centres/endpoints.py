from fastapi import APIRouter, Depends

from services.labour.centres import schemas, service
from services.labour.centres.repository import CaseworkerRepository, CentreRepository, ContactRepository
from services.labour.dependencies import Month, Session
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(tags=["centres and caseworkers"])


@router.post("/centres", status_code=201, response_model=schemas.CentreRead)
async def open_centre(body: schemas.CentreCreate, session: Session) -> object:
    """Open an employment service centre."""
    return await service.open_centre(session=session, centre=body)


@router.get("/centres", response_model=Page[schemas.CentreRead])
async def list_centres(
    session: Session, page: PageRequest = Depends(page_request), province: str | None = None
) -> object:
    """Centres by keyset pages."""
    return await CentreRepository(session).list(page=page, province=province)


@router.post("/centres/{centre_id}/caseworkers", status_code=201, response_model=schemas.CaseworkerRead)
async def add_caseworker(centre_id: int, body: schemas.CaseworkerCreate, session: Session) -> object:
    """Add a caseworker; people at the centre still without one are assigned to the new caseloads."""
    return await service.add_caseworker(session=session, centre_id=centre_id, caseworker=body)


@router.get("/caseworkers", response_model=Page[schemas.CaseworkerRead])
async def list_caseworkers(
    session: Session,
    page: PageRequest = Depends(page_request),
    centre_id: int | None = None,
    active: bool | None = None,
) -> object:
    """Caseworkers by keyset pages."""
    return await CaseworkerRepository(session).list(page=page, centre_id=centre_id, active=active)


@router.post("/caseworkers/{caseworker_id}/departure", response_model=schemas.CaseworkerRead)
async def record_departure(caseworker_id: int, body: schemas.Departure, session: Session) -> object:
    """A caseworker leaves; their open cases are reassigned to the lightest caseloads at the centre."""
    return await service.record_departure(session=session, caseworker_id=caseworker_id, left_on=body.left_on)


@router.get("/caseworkers/{caseworker_id}/monthly-report", response_model=schemas.MonthlyProgressReport)
async def monthly_progress_report(caseworker_id: int, month: Month, session: Session) -> object:
    """The caseworker's monthly progress report."""
    return await service.monthly_progress_report(session=session, caseworker_id=caseworker_id, month=month)


@router.post("/registrations/{registration_id}/contacts", status_code=201, response_model=schemas.ContactRead)
async def log_contact(registration_id: int, body: schemas.ContactCreate, session: Session) -> object:
    """Log a contact (visit, phone, SMS, letter) with its content and result."""
    return await service.log_contact(session=session, registration_id=registration_id, contact=body)


@router.get("/registrations/{registration_id}/contacts", response_model=Page[schemas.ContactRead])
async def list_contacts(registration_id: int, session: Session, page: PageRequest = Depends(page_request)) -> object:
    """The contact log of one registration."""
    return await ContactRepository(session).for_registration(registration_id, page)


@router.get("/centres/{centre_id}", response_model=schemas.CentreRead)
async def get_centre(centre_id: int, session: Session) -> object:
    """One centre."""
    return await CentreRepository(session).get_or_404(centre_id)
