from fastapi import APIRouter, Depends

from services.labour.dependencies import Session
from services.labour.models import EnrolmentResult
from services.labour.training import service
from services.labour.training.repository import CourseRepository, EnrolmentRepository
from services.labour.training.schemas import CourseCreate, CourseRead, EnrolmentCreate, EnrolmentRead, TrainingResult
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(tags=["training"])


@router.post("/courses", status_code=201, response_model=CourseRead)
async def add_course(body: CourseCreate, session: Session) -> object:
    """Add a course to the training catalogue."""
    return await service.add_course(session=session, course=body)


@router.get("/courses", response_model=Page[CourseRead])
async def list_courses(
    session: Session, page: PageRequest = Depends(page_request), occupation: str | None = None
) -> object:
    """The course catalogue by keyset pages."""
    return await CourseRepository(session).list(page=page, occupation=occupation)


@router.post("/enrolments", status_code=201, response_model=EnrolmentRead)
async def enrol(body: EnrolmentCreate, session: Session) -> object:
    """Enrol a person in a course."""
    return await service.enrol(session=session, enrolment=body)


@router.post("/enrolments/{enrolment_id}/result", response_model=EnrolmentRead)
async def record_result(enrolment_id: int, body: TrainingResult, session: Session) -> object:
    """Record a training's result: passed (with certificate), failed or dropped."""
    return await service.record_result(session=session, enrolment_id=enrolment_id, result=body)


@router.get("/enrolments", response_model=Page[EnrolmentRead])
async def list_enrolments(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    course_code: str | None = None,
    result: EnrolmentResult | None = None,
) -> object:
    """Enrolments, filtered, by keyset pages."""
    return await EnrolmentRepository(session).list(
        page=page, national_id=national_id, course_code=course_code, result=result
    )
