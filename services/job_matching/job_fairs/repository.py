import operator
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from services.job_matching.models import JobFair, JobFairVacancy, Vacancy
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class JobFairRepository(Repository[JobFair]):
    model = JobFair
    noun = "job fair"

    async def vacancies_of(self, job_fair_id: int) -> Sequence[Vacancy]:
        statement = (
            select(Vacancy)
            .join(JobFairVacancy, JobFairVacancy.vacancy_id == Vacancy.id)
            .where(JobFairVacancy.job_fair_id == job_fair_id)
            .order_by(Vacancy.id)
        )
        return (await self.session.scalars(statement)).all()

    async def presented_ids(self, job_fair_id: int) -> set[int]:
        statement = select(JobFairVacancy.vacancy_id).where(JobFairVacancy.job_fair_id == job_fair_id)
        return set(await self.session.scalars(statement))

    async def list(
        self, *, page: PageRequest, province: str | None, centre_code: str | None, held_from: date | None
    ) -> dict[str, Any]:
        statement = where_given(
            select(JobFair),
            (JobFair.province, province),
            (JobFair.centre_code, centre_code),
            (JobFair.held_on, held_from, operator.ge),
        )
        return await self.page(statement, page)
