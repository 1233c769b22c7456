from typing import Any

from sqlalchemy import select

from services.job_matching.models import OccupationMapping
from shared.events.vocabulary import Jurisdiction
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class OccupationMappingRepository(Repository[OccupationMapping]):
    model = OccupationMapping
    noun = "occupation mapping"

    async def by_national_code(self, jurisdiction: Jurisdiction, national_code: str) -> OccupationMapping | None:
        return await self.one_by(jurisdiction=jurisdiction, national_code=national_code)

    async def list(self, *, page: PageRequest, jurisdiction: Jurisdiction | None) -> dict[str, Any]:
        return await self.page(
            where_given(select(OccupationMapping), (OccupationMapping.jurisdiction, jurisdiction)), page
        )
