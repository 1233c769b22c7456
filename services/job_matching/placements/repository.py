from datetime import date
from typing import Any

from sqlalchemy import select

from services.job_matching.models import Placement, SeekerProfile
from shared.pagination import PageRequest
from shared.repository import Repository


class PlacementRepository(Repository[Placement]):
    model = Placement
    noun = "placement"

    async def latest_since(self, seeker_id: int, since: date | None) -> Placement | None:
        """The seeker's placement recorded since the day given (their registration), if any."""
        statement = select(Placement).where(Placement.seeker_id == seeker_id).order_by(Placement.start_date.desc()).limit(1)
        if since is not None:
            statement = statement.where(Placement.start_date >= since)
        return await self.session.scalar(statement)

    async def list(
        self, *, page: PageRequest, national_id: str | None, centre_code: str | None, started_from: date | None,
        started_to: date | None,
    ) -> dict[str, Any]:
        statement = select(Placement)
        if national_id is not None:
            statement = statement.join(SeekerProfile, SeekerProfile.id == Placement.seeker_id).where(
                SeekerProfile.national_id == national_id.upper())
        if centre_code is not None:
            statement = statement.where(Placement.centre_code == centre_code)
        if started_from is not None:
            statement = statement.where(Placement.start_date >= started_from)
        if started_to is not None:
            statement = statement.where(Placement.start_date <= started_to)
        return await self.page(statement, page)
