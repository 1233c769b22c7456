from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from services.labour.models import Contract, Employer, Termination, Worker
from shared.pagination import PageRequest
from shared.repository import Repository


class ContractRepository(Repository[Contract]):
    model = Contract
    noun = "contract"

    async def with_parties(self, contract_id: int) -> Contract | None:
        """The contract with its worker and employer loaded."""
        return await self.session.scalar(
            select(Contract)
            .where(Contract.id == contract_id)
            .options(joinedload(Contract.worker), joinedload(Contract.employer))
        )

    async def latest_between(self, pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], Contract]:
        """Per (national ID, employer tax code), the latest contract still open, or else the latest
        one (already terminated: a report for it is then a conflict that points at its termination)."""
        if not pairs:
            return {}
        national_ids = {p[0] for p in pairs}
        terminated = select(Termination.id).where(Termination.contract_id == Contract.id, Termination.current).exists()
        rows = await self.session.execute(
            select(Contract, terminated.label("terminated"))
            .join(Contract.worker)
            .join(Contract.employer)
            .where(Worker.national_id.in_(national_ids))
            .options(joinedload(Contract.worker), joinedload(Contract.employer))
            .order_by(terminated.desc(), Contract.start_date)  # open ones last, so the latest open one wins
        )
        wanted = set(pairs)
        found: dict[tuple[str, str], Contract] = {}
        for contract, _ in rows:
            key = (contract.worker.national_id, contract.employer.tax_code)
            if key in wanted:
                found[key] = contract
        return found

    async def list(
        self, *, page: PageRequest, national_id: str | None, employer_tax_code: str | None
    ) -> dict[str, Any]:
        statement = select(Contract)
        if national_id is not None:
            statement = statement.join(Contract.worker).where(Worker.national_id == national_id.upper())
        if employer_tax_code is not None:
            statement = statement.join(Contract.employer).where(Employer.tax_code == employer_tax_code)
        return await self.page(statement, page)
