from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from services.labour.models import Worker
from shared.events.vocabulary import Jurisdiction
from shared.pagination import PageRequest
from shared.repository import Repository


class WorkerRepository(Repository[Worker]):
    model = Worker
    noun = "worker"

    async def by_national_id(self, national_id: str) -> Worker | None:
        return await self.one_by(national_id=national_id)

    async def by_national_ids(self, national_ids: Sequence[str]) -> dict[str, Worker]:
        rows = await self.session.scalars(select(Worker).where(Worker.national_id.in_(national_ids)))
        return {w.national_id: w for w in rows}

    async def list(
        self, *, page: PageRequest, jurisdiction: Jurisdiction | None, province: str | None, district: str | None
    ) -> dict[str, Any]:
        statement = select(Worker)
        for column, value in (
            (Worker.jurisdiction, jurisdiction),
            (Worker.province, province),
            (Worker.district, district),
        ):
            if value is not None:
                statement = statement.where(column == value)
        return await self.page(statement, page)
