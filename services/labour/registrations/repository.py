from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, select

from services.labour.models import Centre, JobSearchNotice, Registration, RegistrationStatus, Worker
from shared.events.vocabulary import Jurisdiction
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class RegistrationRepository(Repository[Registration]):
    model = Registration
    noun = "registration"

    async def open_for_workers(self, worker_ids: Sequence[int]) -> dict[int, Registration]:
        rows = await self.session.scalars(
            select(Registration).where(
                Registration.worker_id.in_(worker_ids), Registration.status == RegistrationStatus.open
            )
        )
        return {r.worker_id: r for r in rows}

    async def open_for_national_ids(self, national_ids: Sequence[str]) -> dict[str, Registration]:
        rows = await self.session.execute(
            select(Worker.national_id, Registration)
            .join(Worker, Worker.id == Registration.worker_id)
            .where(Worker.national_id.in_(national_ids), Registration.status == RegistrationStatus.open)
        )
        return {national_id: registration for national_id, registration in rows}

    async def waiting_for_caseworker(self, centre_id: int) -> list[tuple[Registration, Worker, Centre]]:
        """The centre's open registrations that have no caseworker, with their people, oldest first."""
        return await self._open_with_parties(
            (Registration.centre_id == centre_id) & Registration.caseworker_id.is_(None)
        )

    async def open_of_caseworker(self, caseworker_id: int) -> list[tuple[Registration, Worker, Centre]]:
        """The caseworker's open registrations, with their people, oldest first."""
        return await self._open_with_parties(Registration.caseworker_id == caseworker_id)

    async def _open_with_parties(self, condition: ColumnElement[bool]) -> list[tuple[Registration, Worker, Centre]]:
        rows = await self.session.execute(
            select(Registration, Worker, Centre)
            .join(Worker, Worker.id == Registration.worker_id)
            .join(Centre, Centre.id == Registration.centre_id)
            .where(Registration.status == RegistrationStatus.open, condition)
            .order_by(Registration.id)
        )
        return [(registration, worker, centre) for registration, worker, centre in rows]

    async def with_parties(self, registration_ids: Sequence[int]) -> dict[int, tuple[Registration, Worker, Centre]]:
        rows = await self.session.execute(
            select(Registration, Worker, Centre)
            .join(Worker, Worker.id == Registration.worker_id)
            .join(Centre, Centre.id == Registration.centre_id)
            .where(Registration.id.in_(registration_ids))
        )
        return {registration.id: (registration, worker, centre) for registration, worker, centre in rows}

    async def list(
        self,
        *,
        page: PageRequest,
        centre_code: str | None,
        status: RegistrationStatus | None,
        caseworker_id: int | None,
        national_id: str | None,
    ) -> dict[str, Any]:
        statement = select(Registration)
        if centre_code is not None:
            statement = statement.join(Centre, Centre.id == Registration.centre_id).where(Centre.code == centre_code)
        if national_id is not None:
            statement = statement.join(Worker, Worker.id == Registration.worker_id).where(
                Worker.national_id == national_id.upper()
            )
        if status is not None:
            statement = statement.where(Registration.status == status)
        if caseworker_id is not None:
            statement = statement.where(Registration.caseworker_id == caseworker_id)
        return await self.page(statement, page)


class NoticeRepository(Repository[JobSearchNotice]):
    model = JobSearchNotice
    noun = "job search notice"

    async def for_months(self, keys: Sequence[tuple[int, str]]) -> dict[tuple[int, str], JobSearchNotice]:
        """Existing notices (submitted or missed) for these (registration, month) pairs."""
        if not keys:
            return {}
        rows = await self.session.scalars(
            select(JobSearchNotice).where(
                JobSearchNotice.registration_id.in_({k[0] for k in keys}),
                JobSearchNotice.month.in_({k[1] for k in keys}),
            )
        )
        wanted = set(keys)
        return {(n.registration_id, n.month): n for n in rows if (n.registration_id, n.month) in wanted}

    async def without_notice(
        self, *, month: str, registered_before: object, centre_code: str | None = None
    ) -> list[tuple[Registration, Worker]]:
        """Open Vietnamese registrations (of one centre, if given) from before the month that have
        nothing recorded for it."""
        recorded = select(JobSearchNotice.id).where(
            JobSearchNotice.registration_id == Registration.id, JobSearchNotice.month == month
        )
        statement = (
            select(Registration, Worker)
            .join(Worker, Worker.id == Registration.worker_id)
            .join(Centre, Centre.id == Registration.centre_id)
            .where(
                Registration.status == RegistrationStatus.open,
                Centre.jurisdiction == Jurisdiction.VN,
                Registration.registered_on < registered_before,
                ~recorded.exists(),
            )
            .order_by(Registration.id)
        )
        rows = await self.session.execute(where_given(statement, (Centre.code, centre_code)))
        return [(registration, worker) for registration, worker in rows]

    async def list(self, *, registration_id: int, page: PageRequest) -> dict[str, Any]:
        return await self.page(select(JobSearchNotice).where(JobSearchNotice.registration_id == registration_id), page)
