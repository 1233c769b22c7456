from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, case, exists, func, select

from services.social_insurance.models import (
    ACTIVE_BENEFIT,
    Benefit,
    ContinuationNotice,
    Contribution,
    Termination,
    UnemploymentRegistration,
)
from shared.pagination import PageRequest
from shared.repository import Repository, where_given

# A notice is issued once per version of a termination: (termination id, national ID, version).
NoticeKey = tuple[int, str, int]


class NoticeRepository(Repository[ContinuationNotice]):
    model = ContinuationNotice
    noun = "continuation notice"

    async def list(self, *, page: PageRequest, national_id: str | None) -> dict[str, Any]:
        statement = where_given(select(ContinuationNotice), (ContinuationNotice.national_id, national_id))
        return await self.page(statement, page)

    async def due(self, *, today: date, limit: int = 5000) -> Sequence[Termination]:
        """Terminations whose last working day has come and whose current version has no notice yet."""
        noticed = exists().where(
            and_(
                ContinuationNotice.termination_id == Termination.termination_id,
                ContinuationNotice.national_id == Termination.national_id,
                ContinuationNotice.termination_version == Termination.version,
            )
        )
        statement = (
            select(Termination)
            .where(Termination.last_working_day <= today, ~noticed)
            .order_by(Termination.last_working_day, Termination.id)
            .limit(limit)
        )
        return (await self.session.scalars(statement)).all()

    async def issued(self, termination_ids: Iterable[int]) -> set[NoticeKey]:
        """The termination versions of these terminations that have their notice."""
        rows = await self.session.execute(
            select(
                ContinuationNotice.termination_id,
                ContinuationNotice.national_id,
                ContinuationNotice.termination_version,
            ).where(ContinuationNotice.termination_id.in_(sorted(set(termination_ids))))
        )
        return set(rows.tuples().all())

    async def accounts(self, national_ids: Iterable[str]) -> dict[str, Any]:
        """Each person's individual pension account: months paid into it (`months`) and its `balance`."""
        months_paid_in = func.count(func.distinct(case((Contribution.pension_individual > 0, Contribution.month))))
        rows = await self.session.execute(
            select(
                Contribution.national_id,
                months_paid_in.label("months"),
                func.coalesce(func.sum(Contribution.pension_individual), 0).label("balance"),
            )
            .where(Contribution.national_id.in_(sorted(set(national_ids))), Contribution.paid_on.is_not(None))
            .group_by(Contribution.national_id)
        )
        return {row.national_id: row for row in rows}

    async def add_all(self, notices: Sequence[ContinuationNotice]) -> None:
        """Record notices (one INSERT for the lot) and assign their ids."""
        self.session.add_all(notices)
        await self.session.flush()

    async def recipients(self, *, community: str, after_id: int, limit: int) -> Sequence[Any]:
        """One page of a community's current benefit recipients with the name each registered under,
        after the benefit `after_id` (a long list is read a page at a time)."""
        name = (
            select(UnemploymentRegistration.full_name)
            .where(UnemploymentRegistration.national_id == Benefit.national_id)
            .limit(1)
            .scalar_subquery()
        )
        rows = await self.session.execute(
            select(
                Benefit.id,
                Benefit.national_id,
                Benefit.pack,
                Benefit.monthly_amount,
                Benefit.start_date,
                Benefit.months,
                func.coalesce(name, "").label("name"),
            )
            .where(Benefit.community == community, Benefit.status.in_(ACTIVE_BENEFIT), Benefit.id > after_id)
            .order_by(Benefit.id)
            .limit(limit)
        )
        return rows.all()

    async def full_name(self, *, national_id: str, termination_id: int) -> str | None:
        """The name the person's termination carries (its latest version), else the one they registered under."""
        named = await self.session.scalar(
            select(Termination.full_name)
            .where(Termination.national_id == national_id, Termination.termination_id == termination_id)
            .order_by(Termination.version.desc())
            .limit(1)
        )
        return named or await self.session.scalar(
            select(UnemploymentRegistration.full_name)
            .where(UnemploymentRegistration.national_id == national_id)
            .limit(1)
        )
