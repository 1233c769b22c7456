from fastapi import APIRouter, Depends
from sqlalchemy import select

from services.labour.dependencies import Session
from services.labour.models import Course, Enrolment, Worker
from services.labour.training import service
from services.labour.training.schemas import CourseCreate, CourseRead, EnrolmentCreate, EnrolmentRead, TrainingResult
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_of, page_request

router = APIRouter(tags=["training"])


@router.post("/courses", status_code=201, response_model=CourseRead)
async def add_course(body: CourseCreate, session: Session) -> object:
    """Add a course to the training catalogue."""
    return await service.add_course(session=session, course=body)


@router.get("/courses", response_model=Page[CourseRead])
async def list_courses(session: Session, page: PageRequest = Depends(page_request), occupation: str | None = None) -> object:
    """The course catalogue by keyset pages."""
    statement = select(Course)
    if occupation is not None:
        statement = statement.where(Course.occupation == occupation)
    return await page_of(session, statement, Course.id, page)


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
    session: Session, page: PageRequest = Depends(page_request), national_id: NationalIdFilter = None,
    course_code: str | None = None, result: str | None = None,
) -> object:
    """Enrolments, filtered, by keyset pages."""
    statement = select(Enrolment)
    if national_id is not None:
        statement = statement.join(Worker, Worker.id == Enrolment.worker_id).where(Worker.national_id == national_id.upper())
    if course_code is not None:
        statement = statement.join(Course, Course.id == Enrolment.course_id).where(Course.code == course_code)
    if result is not None:
        statement = statement.where(Enrolment.result == result)
    return await page_of(session, statement, Enrolment.id, page)
