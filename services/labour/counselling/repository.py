from datetime import date
from typing import Any

from sqlalchemy import select

from services.labour.models import Centre, CounsellingSession
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class CounsellingRepository(Repository[CounsellingSession]):
    model = CounsellingSession
    noun = "counselling session"

    async def list(
        self,
        *,
        page: PageRequest,
        national_id: str | None,
        centre_code: str | None,
        held_from: date | None,
        held_to: date | None,
    ) -> dict[str, Any]:
        statement = where_given(select(CounsellingSession), (CounsellingSession.national_id, national_id))
        if centre_code is not None:
            statement = statement.join(Centre, Centre.id == CounsellingSession.centre_id)
            statement = statement.where(Centre.code == centre_code)
        if held_from is not None:
            statement = statement.where(CounsellingSession.held_on >= held_from)
        if held_to is not None:
            statement = statement.where(CounsellingSession.held_on <= held_to)
        return await self.page(statement, page)
