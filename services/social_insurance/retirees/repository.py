from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select

from services.social_insurance.models import Certification, Retiree
from shared.repository import Repository, where_given


class RetireeRepository(Repository[Retiree]):
    model = Retiree
    noun = "retiree"

    async def certified(self, retiree_id: int, year: int) -> bool:
        """Whether the retiree's certification for the year is recorded."""
        found = await self.session.scalar(
            select(Certification.id).where(Certification.retiree_id == retiree_id, Certification.year == year)
        )
        return found is not None

    async def add_certification(self, certification: Certification) -> Certification:
        self.session.add(certification)
        await self.session.flush()
        return certification

    async def uncertified(self, *, year: int, community_code: str | None) -> Sequence[Any]:
        """Retirees drawing a pension in the year without its certification, each with the last year
        certified (`year`, none if never), by id."""
        certified = select(Certification.retiree_id).where(Certification.year == year)
        last = (
            select(Certification.retiree_id, func.max(Certification.year).label("year"))
            .group_by(Certification.retiree_id)
            .subquery()
        )
        statement = where_given(
            select(Retiree, last.c.year)
            .outerjoin(last, last.c.retiree_id == Retiree.id)
            .where(Retiree.id.not_in(certified), Retiree.pension_since <= date(year, 12, 31))
            .order_by(Retiree.id),
            (Retiree.community_code, community_code),
        )
        return (await self.session.execute(statement)).all()

    async def count_in(self, community_code: str) -> int:
        """How many retirees the community manages."""
        return (
            await self.session.scalar(
                select(func.count()).select_from(Retiree).where(Retiree.community_code == community_code)
            )
            or 0
        )
