import operator
from datetime import date
from typing import Any

from sqlalchemy import select

from services.job_matching.models import Placement
from services.job_matching.seekers.repository import of_person
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class PlacementRepository(Repository[Placement]):
    model = Placement
    noun = "placement"

    async def latest_since(self, seeker_id: int, since: date | None) -> Placement | None:
        """The seeker's placement recorded since the day given (their registration), if any."""
        statement = (
            select(Placement).where(Placement.seeker_id == seeker_id).order_by(Placement.start_date.desc()).limit(1)
        )
        return await self.session.scalar(where_given(statement, (Placement.start_date, since, operator.ge)))

    async def list(
        self,
        *,
        page: PageRequest,
        national_id: str | None,
        centre_code: str | None,
        started_from: date | None,
        started_to: date | None,
    ) -> dict[str, Any]:
        statement = where_given(
            select(Placement),
            (Placement.seeker_id, national_id, of_person),
            (Placement.centre_code, centre_code),
            (Placement.start_date, started_from, operator.ge),
            (Placement.start_date, started_to, operator.le),
        )
        return await self.page(statement, page)
