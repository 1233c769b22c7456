from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from services.labour.models import (
    Caseworker,
    Centre,
    CloseReason,
    Contact,
    JobSearchNotice,
    Registration,
    RegistrationStatus,
)
from shared.pagination import PageRequest
from shared.repository import Repository


@dataclass(frozen=True)
class MonthlyFigures:
    """A caseworker's month: contacts by channel, registrations reached, open caseload, placements."""

    by_channel: dict[str, int]
    reached: set[int]
    caseload: set[int]
    placed: int


class CentreRepository(Repository[Centre]):
    model = Centre
    noun = "centre"

    async def by_codes(self, codes: Sequence[str]) -> dict[str, Centre]:
        rows = await self.session.scalars(select(Centre).where(Centre.code.in_(codes)))
        return {c.code: c for c in rows}

    async def list(self, *, page: PageRequest, province: str | None) -> dict[str, Any]:
        statement = select(Centre)
        if province is not None:
            statement = statement.where(Centre.province == province)
        return await self.page(statement, page)


class CaseworkerRepository(Repository[Caseworker]):
    model = Caseworker
    noun = "caseworker"

    async def caseloads(self, centre_ids: Sequence[int]) -> dict[int, dict[int, int]]:
        """Open registrations per active caseworker, per centre (caseworkers with none count 0)."""
        loads: dict[int, dict[int, int]] = {centre_id: {} for centre_id in centre_ids}
        active = await self.session.execute(
            select(Caseworker.id, Caseworker.centre_id).where(Caseworker.centre_id.in_(centre_ids), Caseworker.active)
        )
        centre_of: dict[int, int] = {}
        for caseworker_id, centre_id in active:
            loads[centre_id][caseworker_id] = 0
            centre_of[caseworker_id] = centre_id
        counted = await self.session.execute(
            select(Registration.caseworker_id, func.count())
            .where(Registration.caseworker_id.in_(centre_of), Registration.status == RegistrationStatus.open)
            .group_by(Registration.caseworker_id)
        )
        for caseworker_id, count in counted:
            loads[centre_of[caseworker_id]][caseworker_id] = count
        return loads

    async def list(self, *, page: PageRequest, centre_id: int | None, active: bool | None) -> dict[str, Any]:
        statement = select(Caseworker)
        if centre_id is not None:
            statement = statement.where(Caseworker.centre_id == centre_id)
        if active is not None:
            statement = statement.where(Caseworker.active == active)
        return await self.page(statement, page)


class ContactRepository(Repository[Contact]):
    model = Contact
    noun = "contact"

    async def for_registration(self, registration_id: int, page: PageRequest) -> dict[str, Any]:
        return await self.page(select(Contact).where(Contact.registration_id == registration_id), page)

    async def monthly_figures(self, *, caseworker_id: int, start: date, end: date) -> "MonthlyFigures":
        """A caseworker's contacts in [start, end) by channel, people reached, caseload and placements."""
        first, last = (datetime(d.year, d.month, d.day, tzinfo=UTC) for d in (start, end))
        by_channel = {
            str(channel): count
            for channel, count in (
                await self.session.execute(
                    select(Contact.channel, func.count())
                    .where(
                        Contact.caseworker_id == caseworker_id,
                        Contact.contacted_at >= first,
                        Contact.contacted_at < last,
                    )
                    .group_by(Contact.channel)
                )
            ).all()
        }
        reached = set(
            await self.session.scalars(
                select(Contact.registration_id)
                .distinct()
                .where(
                    Contact.caseworker_id == caseworker_id, Contact.contacted_at >= first, Contact.contacted_at < last
                )
            )
        )
        caseload = set(
            await self.session.scalars(
                select(Registration.id).where(
                    Registration.caseworker_id == caseworker_id, Registration.status == RegistrationStatus.open
                )
            )
        )
        placed = await self.session.scalar(
            select(func.count())
            .select_from(Registration)
            .where(
                Registration.caseworker_id == caseworker_id,
                Registration.close_reason.in_([CloseReason.reemployed_placement, CloseReason.reemployed_referral]),
                Registration.closed_on >= start,
                Registration.closed_on < end,
            )
        )
        return MonthlyFigures(by_channel=by_channel, reached=reached, caseload=caseload, placed=placed or 0)

    async def missed_notices(self, *, caseworker_id: int, month: str) -> int:
        return (
            await self.session.scalar(
                select(func.count())
                .select_from(JobSearchNotice)
                .join(Registration, Registration.id == JobSearchNotice.registration_id)
                .where(
                    Registration.caseworker_id == caseworker_id,
                    JobSearchNotice.month == month,
                    JobSearchNotice.submitted_on.is_(None),
                )
            )
            or 0
        )
