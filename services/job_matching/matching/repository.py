from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select, update

from services.job_matching.models import Offer, SeekerProfile, Vacancy
from services.job_matching.seekers.repository import of_person
from shared.pagination import PageRequest
from shared.repository import Repository, rows_changed, where_given


class OfferRepository(Repository[Offer]):
    model = Offer
    noun = "offer"

    async def offered(self, seeker_ids: Iterable[int], *, on: date) -> dict[int, tuple[set[int], int]]:
        """Per seeker: every vacancy ever offered, and how many offers are still open on the day."""
        statement = (
            select(
                Offer.seeker_id,
                Offer.vacancy_id,
                (Vacancy.status == "open") & (Vacancy.closing_date >= on) & Offer.withdrawn_on.is_(None),
            )
            .join(Vacancy, Vacancy.id == Offer.vacancy_id)
            .where(Offer.seeker_id.in_(set(seeker_ids)))
        )
        result: dict[int, tuple[set[int], int]] = defaultdict(lambda: (set(), 0))
        for seeker_id, vacancy_id, still_open in await self.session.execute(statement):
            vacancies, open_count = result[seeker_id]
            vacancies.add(vacancy_id)
            result[seeker_id] = (vacancies, open_count + bool(still_open))
        return result

    async def list(self, *, page: PageRequest, national_id: str | None, vacancy_id: int | None) -> dict[str, Any]:
        statement = where_given(
            select(Offer), (Offer.seeker_id, national_id, of_person), (Offer.vacancy_id, vacancy_id)
        )
        return await self.page(statement, page)

    async def withdraw_open(self, seeker_ids: Sequence[int], *, on: date) -> int:
        """Withdraw the seekers' offers not yet withdrawn; how many."""
        return await rows_changed(
            self.session,
            update(Offer).where(Offer.seeker_id.in_(seeker_ids), Offer.withdrawn_on.is_(None)).values(withdrawn_on=on),
        )

    async def candidates_for(self, vacancy: Vacancy) -> Sequence[SeekerProfile]:
        """Active seekers of the vacancy's jurisdiction who could work where it is."""
        statement = (
            select(SeekerProfile)
            .where(
                SeekerProfile.status == "active",
                SeekerProfile.jurisdiction == vacancy.jurisdiction,
            )
            .order_by(SeekerProfile.id)
        )
        rows = await self.session.scalars(statement)
        return [s for s in rows if s.willing_to_relocate or vacancy.province in (s.province, *s.preferred_provinces)]
