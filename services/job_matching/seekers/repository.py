from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select

from services.job_matching.models import SeekerProfile
from shared.pagination import PageRequest
from shared.problems import NotFound
from shared.repository import Repository, where_given


def of_person(seeker_id: Any, national_id: str) -> ColumnElement[bool]:
    """A `where_given` comparison: the row's seeker profile is this person's."""
    return seeker_id.in_(select(SeekerProfile.id).where(SeekerProfile.national_id == national_id))


class SeekerRepository(Repository[SeekerProfile]):
    model = SeekerProfile
    noun = "seeker profile"

    async def by_national_id_or_404(self, national_id: str) -> SeekerProfile:
        seeker = await self.one_by(national_id=national_id)
        if seeker is None:
            raise NotFound(f"no seeker profile for {national_id}", field="national_id")
        return seeker

    async def by_national_ids(self, national_ids: Iterable[str]) -> dict[str, SeekerProfile]:
        rows = await self.session.scalars(select(SeekerProfile).where(SeekerProfile.national_id.in_(set(national_ids))))
        return {row.national_id: row for row in rows}

    async def active(self, *, centre_code: str | None = None) -> Sequence[SeekerProfile]:
        statement = where_given(
            select(SeekerProfile).where(SeekerProfile.status == "active").order_by(SeekerProfile.id),
            (SeekerProfile.centre_code, centre_code),
        )
        return (await self.session.scalars(statement)).all()

    async def list(self, *, page: PageRequest, centre_code: str | None, status: str | None) -> dict[str, Any]:
        statement = where_given(
            select(SeekerProfile), (SeekerProfile.centre_code, centre_code), (SeekerProfile.status, status)
        )
        return await self.page(statement, page)
