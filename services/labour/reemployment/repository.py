from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.models import Reemployment, ReemploymentReport, Registration, RegistrationStatus, Termination
from shared.events.vocabulary import ReemploymentChannel
from shared.pagination import PageRequest, page_of
from shared.repository import where_given


@dataclass(frozen=True)
class Spell:
    """A person's time out of work: since the last working day of their latest termination (or, with
    none recorded, since they registered as unemployed)."""

    since: date


class ReemploymentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def spells(self, national_ids: Sequence[str]) -> dict[str, Spell]:
        """The current time out of work of each of these people who has one."""
        people = sorted(set(national_ids))
        since: dict[str, date] = {}
        terminated = await self.session.execute(
            select(Termination.national_id, Termination.last_working_day).where(
                Termination.national_id.in_(people), Termination.current
            )
        )
        for national_id, last_working_day in terminated:
            since[national_id] = max(since.get(national_id, last_working_day), last_working_day)
        registered = await self.session.execute(
            select(Registration.national_id, Registration.registered_on).where(
                Registration.national_id.in_(people), Registration.status == RegistrationStatus.open
            )
        )
        for national_id, registered_on in registered:
            since.setdefault(national_id, registered_on)
        return {national_id: Spell(day) for national_id, day in since.items()}

    async def jobs(self, spells: dict[str, Spell]) -> dict[str, list[Reemployment]]:
        """The jobs already known in each person's current spell."""
        found: dict[str, list[Reemployment]] = defaultdict(list)
        if spells:
            rows = await self.session.scalars(select(Reemployment).where(Reemployment.national_id.in_(sorted(spells))))
            for job in rows:
                if job.out_of_work_since == spells[job.national_id].since:
                    found[job.national_id].append(job)
        return found

    async def channels_of(self, job_ids: Sequence[int]) -> dict[int, set[ReemploymentChannel]]:
        """The channels that have reported each job."""
        found: dict[int, set[ReemploymentChannel]] = defaultdict(set)
        if job_ids:
            rows = await self.session.execute(
                select(ReemploymentReport.reemployment_id, ReemploymentReport.channel)
                .where(ReemploymentReport.reemployment_id.in_(job_ids))
                .distinct()
            )
            for job_id, channel in rows:
                found[job_id].add(channel)
        return found

    async def list(self, *, page: PageRequest, national_id: str | None) -> dict[str, Any]:
        statement = where_given(select(Reemployment), (Reemployment.national_id, national_id))
        return await page_of(self.session, statement, Reemployment.id, page)

    async def report(self, report_id: int) -> ReemploymentReport | None:
        return await self.session.get(ReemploymentReport, report_id)
