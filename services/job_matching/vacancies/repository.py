from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from services.job_matching.models import Vacancy
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class VacancyRepository(Repository[Vacancy]):
    model = Vacancy
    noun = "vacancy"

    async def offerable(
        self, *, jurisdiction: str, on: date, major_groups: Iterable[str] | None = None
    ) -> Sequence[Vacancy]:
        """Open vacancies not past their closing date, optionally within ISCO-08 major groups."""
        statement = select(Vacancy).where(
            Vacancy.status == "open",
            Vacancy.jurisdiction == jurisdiction,
            Vacancy.closing_date >= on,
        )
        if major_groups is not None:
            statement = statement.where(Vacancy.isco_major.in_(set(major_groups)))
        return (await self.session.scalars(statement)).all()

    async def offerable_ids(self, vacancy_ids: Iterable[int], *, on: date) -> set[int]:
        """Which of these vacancies can still be offered on the day."""
        statement = select(Vacancy.id).where(
            Vacancy.id.in_(set(vacancy_ids)),
            Vacancy.status == "open",
            Vacancy.closing_date >= on,
        )
        return set(await self.session.scalars(statement))

    async def past_closing(self, *, on: date) -> Sequence[Vacancy]:
        statement = select(Vacancy).where(Vacancy.status == "open", Vacancy.closing_date < on).order_by(Vacancy.id)
        return (await self.session.scalars(statement)).all()

    async def list(
        self,
        *,
        page: PageRequest,
        status: str | None,
        province: str | None,
        district: str | None,
        occupation: str | None,
        public_welfare: bool | None,
        employer_tax_code: str | None,
    ) -> dict[str, Any]:
        statement = where_given(
            select(Vacancy),
            (Vacancy.status, status),
            (Vacancy.province, province),
            (Vacancy.district, district),
            (Vacancy.public_welfare, public_welfare),
            (Vacancy.employer_tax_code, employer_tax_code),
        )
        if occupation is not None:
            statement = statement.where(Vacancy.isco_code.startswith(occupation))
        return await self.page(statement, page)
