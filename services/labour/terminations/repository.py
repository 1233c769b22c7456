from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from services.labour.models import Contract, Employer, Termination, Worker
from shared.db import insert_rows
from shared.events.vocabulary import TerminationReason
from shared.pagination import PageRequest
from shared.repository import Repository


class TerminationRepository(Repository[Termination]):
    model = Termination
    noun = "termination"

    async def with_contract(self, termination_id: int) -> Termination | None:
        """The termination with its contract, worker and employer loaded."""
        return await self.session.scalar(
            select(Termination)
            .where(Termination.id == termination_id)
            .options(joinedload(Termination.contract).joinedload(Contract.worker))
            .options(joinedload(Termination.contract).joinedload(Contract.employer))
        )

    async def add_many(self, terminations: Sequence[Termination]) -> None:
        """Write new terminations in one go and give each its id (they stay out of the session)."""
        rows = [
            {
                "contract_id": t.contract_id,
                "national_id": t.national_id,
                "version": t.version,
                "current": t.current,
                "last_working_day": t.last_working_day,
                "reason": t.reason,
                "reported_on": t.reported_on,
                "reported_late": t.reported_late,
                "note": t.note,
                "created_at": t.created_at,
            }
            for t in terminations
        ]
        ids = await insert_rows(self.session, Termination.__table__, rows, returning_ids=True)
        for termination, id_ in zip(terminations, ids, strict=True):
            termination.id = id_

    async def contracts_with_parties(self, contract_ids: Sequence[int]) -> dict[int, Contract]:
        rows = await self.session.scalars(
            select(Contract)
            .where(Contract.id.in_(contract_ids))
            .options(joinedload(Contract.worker), joinedload(Contract.employer))
        )
        return {c.id: c for c in rows}

    async def current_for(self, contract_ids: Sequence[int]) -> dict[int, Termination]:
        rows = await self.session.scalars(
            select(Termination).where(Termination.contract_id.in_(contract_ids), Termination.current)
        )
        return {t.contract_id: t for t in rows}

    async def list(
        self,
        *,
        page: PageRequest,
        contract_id: int | None,
        national_id: str | None,
        employer_tax_code: str | None,
        reason: TerminationReason | None,
        reported_late: bool | None,
        last_day_from: date | None,
        last_day_to: date | None,
        include_superseded: bool,
    ) -> dict[str, Any]:
        statement = select(Termination)
        if not include_superseded:
            statement = statement.where(Termination.current)
        if national_id is not None or employer_tax_code is not None:
            statement = statement.join(Termination.contract)
        if national_id is not None:
            statement = statement.join(Contract.worker).where(Worker.national_id == national_id.upper())
        if employer_tax_code is not None:
            statement = statement.join(Contract.employer).where(Employer.tax_code == employer_tax_code)
        if contract_id is not None:
            statement = statement.where(Termination.contract_id == contract_id)
        if reason is not None:
            statement = statement.where(Termination.reason == reason)
        if reported_late is not None:
            statement = statement.where(Termination.reported_late == reported_late)
        if last_day_from is not None:
            statement = statement.where(Termination.last_working_day >= last_day_from)
        if last_day_to is not None:
            statement = statement.where(Termination.last_working_day <= last_day_to)
        return await self.page(statement, page)
