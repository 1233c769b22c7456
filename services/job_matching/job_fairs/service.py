"""Job fairs: recruitment events presenting open vacancies."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.job_fairs.repository import JobFairRepository
from services.job_matching.job_fairs.schemas import JobFairCreate
from services.job_matching.models import JobFair, JobFairVacancy
from services.job_matching.vacancies.repository import VacancyRepository
from shared.problems import InvalidInput


async def _present(session: AsyncSession, fair: JobFair, vacancy_ids: Sequence[int]) -> None:
    wanted = set(vacancy_ids) - await JobFairRepository(session).presented_ids(fair.id)
    open_ones = await VacancyRepository(session).offerable_ids(wanted, on=fair.held_on)
    if missing := sorted(wanted - open_ones):
        raise InvalidInput.of("vacancy_ids", "open_on_fair_day", f"not open on {fair.held_on}: {missing}")
    session.add_all(JobFairVacancy(job_fair_id=fair.id, vacancy_id=vacancy_id) for vacancy_id in sorted(wanted))
    await session.flush()


async def hold_job_fair(*, session: AsyncSession, fair: JobFairCreate) -> dict[str, object]:
    """Record a job fair and the open vacancies it presents."""
    record = await JobFairRepository(session).add(JobFair(**fair.model_dump(exclude={"vacancy_ids"})))
    await _present(session, record, fair.vacancy_ids)
    return await job_fair_detail(session=session, job_fair_id=record.id)


async def present_vacancies(
    *, session: AsyncSession, job_fair_id: int, vacancy_ids: Sequence[int]
) -> dict[str, object]:
    """Add open vacancies to a fair (ones already presented are left as they are)."""
    fair = await JobFairRepository(session).get_or_404(job_fair_id)
    await _present(session, fair, vacancy_ids)
    return await job_fair_detail(session=session, job_fair_id=job_fair_id)


async def job_fair_detail(*, session: AsyncSession, job_fair_id: int) -> dict[str, object]:
    """A fair with the vacancies it presents."""
    repository = JobFairRepository(session)
    fair = await repository.get_or_404(job_fair_id)
    return {
        **{c.key: getattr(fair, c.key) for c in JobFair.__table__.columns},
        "vacancies": await repository.vacancies_of(job_fair_id),
    }
