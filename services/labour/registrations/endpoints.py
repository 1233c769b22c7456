from fastapi import APIRouter, Depends

from services.labour.dependencies import Session, Today
from services.labour.models import RegistrationStatus
from services.labour.registrations import service
from services.labour.registrations.repository import NoticeRepository, RegistrationRepository
from services.labour.registrations.schemas import (
    MissedCheck,
    NoticeCreate,
    NoticeRead,
    RegistrationCreate,
    RegistrationRead,
)
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(tags=["unemployment registration"])


@router.post("/registrations", status_code=201, response_model=RegistrationRead)
async def register_unemployed(body: RegistrationCreate, session: Session) -> object:
    """Register a person as unemployed; a responsible caseworker is assigned, keeping caseloads balanced."""
    return await service.register_one(session=session, registration=body)


@router.get("/registrations", response_model=Page[RegistrationRead])
async def list_registrations(
    session: Session,
    page: PageRequest = Depends(page_request),
    centre_code: str | None = None,
    status: RegistrationStatus | None = None,
    caseworker_id: int | None = None,
    national_id: NationalIdFilter = None,
) -> object:
    """Registrations, filtered, by keyset pages."""
    return await RegistrationRepository(session).list(
        page=page, centre_code=centre_code, status=status, caseworker_id=caseworker_id, national_id=national_id
    )


@router.get("/registrations/{registration_id}", response_model=RegistrationRead)
async def get_registration(registration_id: int, session: Session) -> object:
    """One registration, with the claim and benefit status the other agencies reported."""
    return await RegistrationRepository(session).get_or_404(registration_id)


@router.post("/job-search-notices", status_code=201, response_model=NoticeRead)
async def record_notice(body: NoticeCreate, session: Session) -> object:
    """Record a monthly job-search notice (Vietnam); publishes labour.job_search_notice.recorded.v1."""
    return await service.record_notice(session=session, notice=body)


@router.get("/registrations/{registration_id}/job-search-notices", response_model=Page[NoticeRead])
async def list_notices(registration_id: int, session: Session, page: PageRequest = Depends(page_request)) -> object:
    """The notices of one registration, missed months included (submitted_on null)."""
    return await NoticeRepository(session).list(registration_id=registration_id, page=page)


@router.post("/job-search-notices/missed-check", response_model=list[NoticeRead])
async def detect_missed_notices(body: MissedCheck, session: Session, today: Today) -> object:
    """After a month ends: record and publish each missing notice (labour.job_search_notice.missed.v1).

    Safe to run again: a month already checked adds nothing."""
    return await service.detect_missed_notices(
        session=session, month=body.month, today=today, centre_code=body.centre_code
    )
