from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change
from services.labour.models import ChangeKind, Course, Enrolment, EnrolmentResult, outbox
from services.labour.training.repository import CourseRepository, EnrolmentRepository
from services.labour.training.schemas import CourseCreate, CourseRead, EnrolmentCreate, EnrolmentRead, TrainingResult
from services.labour.workers.service import worker_by_national_id
from shared.events.labour import TrainingCompleted, TrainingEnrolled
from shared.problems import Conflict, InvalidInput, NotFound


async def add_course(*, session: AsyncSession, course: CourseCreate) -> Course:
    """Add a course to the catalogue; its code must be new."""
    repository = CourseRepository(session)
    existing = await repository.by_code(course.code)
    if existing is not None:
        raise Conflict(f"a course with code {course.code} exists", existing=f"/courses/{existing.id}")
    record = await repository.add(Course(**course.model_dump()))
    await track_change(session, kind=ChangeKind.course, record=CourseRead.model_validate(record))
    return record


async def enrol(*, session: AsyncSession, enrolment: EnrolmentCreate) -> Enrolment:
    """Enrol a person in a course; publishes labour.training.enrolled.v1."""
    worker = await worker_by_national_id(session=session, national_id=enrolment.national_id)
    course = await CourseRepository(session).by_code(enrolment.course_code)
    if course is None:
        raise NotFound(f"no course with code {enrolment.course_code}", field="course_code")
    record = await EnrolmentRepository(session).add(
        Enrolment(
            course_id=course.id, worker_id=worker.id, national_id=worker.national_id, enrolled_on=enrolment.enrolled_on
        )
    )
    await outbox.record(
        session,
        TrainingEnrolled(
            enrolment_id=record.id,
            national_id=worker.national_id,
            course_code=course.code,
            occupation=course.occupation,
            enrolled_on=record.enrolled_on,
        ),
        subject=worker.national_id,
    )
    await track_change(session, kind=ChangeKind.enrolment, record=EnrolmentRead.model_validate(record))
    return record


async def record_result(*, session: AsyncSession, enrolment_id: int, result: TrainingResult) -> Enrolment:
    """Record how a training ended; publishes labour.training.completed.v1 (passed ones add skills)."""
    record = await EnrolmentRepository(session).with_course(enrolment_id)
    if record is None:
        raise NotFound(f"no enrolment {enrolment_id}")
    if record.result is not None:
        raise Conflict(f"enrolment {enrolment_id} already ended: {record.result}")
    if result.completed_on < record.enrolled_on:
        raise InvalidInput.of("completed_on", "after_enrolment", f"must be on or after {record.enrolled_on}")
    passed = result.result is EnrolmentResult.passed
    if passed and not result.certificate_number:
        raise InvalidInput.of(
            "certificate_number", "required_when_passed", "a passed training comes with its certificate"
        )
    record.result, record.completed_on, record.certificate_number = (
        result.result,
        result.completed_on,
        result.certificate_number,
    )
    await outbox.record(
        session,
        TrainingCompleted(
            enrolment_id=record.id,
            national_id=record.national_id,
            course_code=record.course.code,
            occupation=record.course.occupation,
            skills=record.course.skills if passed else [],
            result=result.result,
            completed_on=result.completed_on,
            certificate_number=result.certificate_number,
        ),
        subject=record.national_id,
    )
    await track_change(session, kind=ChangeKind.enrolment, record=EnrolmentRead.model_validate(record))
    return record
