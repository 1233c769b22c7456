from typing import Any

from sqlalchemy import select

from services.labour.models import HardshipAssessment
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class HardshipRepository(Repository[HardshipAssessment]):
    model = HardshipAssessment
    noun = "hardship assessment"

    async def list(
        self, *, page: PageRequest, national_id: str | None, special_hardship: bool | None
    ) -> dict[str, Any]:
        statement = where_given(
            select(HardshipAssessment),
            (HardshipAssessment.national_id, national_id),
            (HardshipAssessment.special_hardship, special_hardship),
        )
        return await self.page(statement, page)
