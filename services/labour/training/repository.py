from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from services.labour.models import Course, Enrolment, EnrolmentResult
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class CourseRepository(Repository[Course]):
    model = Course
    noun = "course"

    async def by_code(self, code: str) -> Course | None:
        return await self.one_by(code=code)

    async def list(self, *, page: PageRequest, occupation: str | None) -> dict[str, Any]:
        return await self.page(where_given(select(Course), (Course.occupation, occupation)), page)


class EnrolmentRepository(Repository[Enrolment]):
    model = Enrolment
    noun = "enrolment"

    async def with_course(self, enrolment_id: int) -> Enrolment | None:
        """The enrolment with its course loaded."""
        return await self.session.scalar(
            select(Enrolment).where(Enrolment.id == enrolment_id).options(joinedload(Enrolment.course))
        )

    async def list(
        self, *, page: PageRequest, national_id: str | None, course_code: str | None, result: EnrolmentResult | None
    ) -> dict[str, Any]:
        statement = where_given(select(Enrolment), (Enrolment.national_id, national_id), (Enrolment.result, result))
        if course_code is not None:
            statement = statement.join(Course, Course.id == Enrolment.course_id).where(Course.code == course_code)
        return await self.page(statement, page)
