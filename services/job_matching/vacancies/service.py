"""Vacancies: opened when an employer reports them, closed when filled, withdrawn or expired."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.feed.service import track_vacancies
from services.job_matching.models import Vacancy, VacancyCloseReason, VacancyStatus, outbox
from services.job_matching.occupations.service import isco_code_of
from services.job_matching.vacancies.repository import VacancyRepository
from services.job_matching.vacancies.schemas import VacancyCreate
from shared.events.job_matching import VacancyClosed, VacancyOpened
from shared.problems import Conflict, InvalidInput


def vacancy_subject(vacancy_id: int) -> str:
    """The bus key of a vacancy's events."""
    return f"vacancy/{vacancy_id}"


async def open_vacancy(*, session: AsyncSession, vacancy: VacancyCreate, on: date) -> Vacancy:
    """Record a reported vacancy and offer it from now on; publishes job_matching.vacancy.opened.v1."""
    if vacancy.closing_date < on:
        raise InvalidInput.of("closing_date", "not_past", f"the closing date {vacancy.closing_date} has passed")
    isco_code = await isco_code_of(
        session=session,
        jurisdiction=vacancy.jurisdiction,
        isco_code=vacancy.isco_code,
        national_code=vacancy.national_occupation_code,
    )
    record = await VacancyRepository(session).add(
        Vacancy(
            **vacancy.model_dump(exclude={"isco_code", "skills"}),
            isco_code=isco_code,
            isco_major=isco_code[0],
            skills=list(dict.fromkeys(s.casefold() for s in vacancy.skills)),
            status=VacancyStatus.open,
            filled=0,
        )
    )
    await outbox.record(
        session,
        VacancyOpened(
            vacancy_id=record.id,
            jurisdiction=record.jurisdiction,
            employer_tax_code=record.employer_tax_code,
            employer_name=record.employer_name,
            title=record.title,
            occupation=record.isco_code,
            province=record.province,
            district=record.district,
            wage_min=record.wage_min,
            wage_max=record.wage_max,
            contract_type=record.contract_type,
            openings=record.openings,
            closing_date=record.closing_date,
            public_welfare=record.public_welfare,
        ),
        subject=vacancy_subject(record.id),
    )
    await track_vacancies(session=session, vacancies=[record])
    return record


async def close_vacancies(
    *, session: AsyncSession, vacancies: Sequence[Vacancy], reason: VacancyCloseReason, on: date
) -> None:
    """Stop offering these vacancies; publishes job_matching.vacancy.closed.v1 for each."""
    for vacancy in vacancies:
        vacancy.status, vacancy.closed_on, vacancy.close_reason = VacancyStatus.closed, on, reason
    await outbox.record_many(
        session,
        [(VacancyClosed(vacancy_id=v.id, reason=reason, closed_on=on), vacancy_subject(v.id)) for v in vacancies],
    )
    await track_vacancies(session=session, vacancies=vacancies)


async def withdraw_vacancy(*, session: AsyncSession, vacancy_id: int, on: date) -> Vacancy:
    """The employer withdrew an open vacancy."""
    vacancy = await VacancyRepository(session).get_or_404(vacancy_id)
    if vacancy.status != VacancyStatus.open:
        raise Conflict(f"vacancy {vacancy_id} is already closed ({vacancy.close_reason})")
    await close_vacancies(session=session, vacancies=[vacancy], reason=VacancyCloseReason.withdrawn, on=on)
    return vacancy


async def expire_vacancies(*, session: AsyncSession, on: date) -> list[int]:
    """Close every open vacancy whose closing date is before the day; returns their ids."""
    expired = await VacancyRepository(session).past_closing(on=on)
    await close_vacancies(session=session, vacancies=expired, reason=VacancyCloseReason.expired, on=on)
    return [v.id for v in expired]


async def fill_opening(*, session: AsyncSession, vacancy: Vacancy, on: date) -> None:
    """A hire fills one opening; the last one closes the vacancy as filled."""
    vacancy.filled += 1
    if vacancy.filled >= vacancy.openings and vacancy.status == VacancyStatus.open:
        await close_vacancies(session=session, vacancies=[vacancy], reason=VacancyCloseReason.filled, on=on)
    else:
        await track_vacancies(session=session, vacancies=[vacancy])
