"""The vacancy feed partner job boards poll: changes since a cursor, cheap to poll again."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.feed.repository import VacancyChangeRepository
from services.job_matching.models import Vacancy
from services.job_matching.vacancies.schemas import VacancyRead
from shared.conditional import entity_tag


async def track_vacancies(*, session: AsyncSession, vacancies: Sequence[Vacancy]) -> None:
    """Append the vacancies' new state to the feed, in the writing transaction."""
    if vacancies:
        await session.flush()
        await VacancyChangeRepository(session).append(
            [
                {
                    "vacancy_id": v.id,
                    "removed": v.status != "open",
                    "snapshot": VacancyRead.model_validate(v).model_dump(mode="json"),
                }
                for v in vacancies
            ]
        )


async def feed_tag(*, session: AsyncSession, after: int, limit: int) -> tuple[str, list[int]]:
    """The entity tag of the page after `after`, from its cursor positions alone, and those positions."""
    seqs = await VacancyChangeRepository(session).positions_after(after, limit)
    return entity_tag("vacancies", after, limit, *(seqs[:1] + seqs[-1:])), seqs


async def feed_page(*, session: AsyncSession, after: int, seqs: list[int]) -> dict[str, object]:
    """The changes at these cursor positions, and the cursor to pass next time."""
    if not seqs:
        return {"items": [], "next_after": after}
    changes = await VacancyChangeRepository(session).between(seqs[0], seqs[-1])
    items = [
        {
            "seq": c.position,
            "vacancy_id": c.vacancy_id,
            "removed": c.removed,
            "vacancy": c.snapshot,
            "changed_at": c.changed_at,
        }
        for c in changes
    ]
    return {"items": items, "next_after": seqs[-1]}
