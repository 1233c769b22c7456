from typing import Any

from sqlalchemy import select

from services.job_matching.models import Referral, SeekerProfile
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class ReferralRepository(Repository[Referral]):
    model = Referral
    noun = "referral"

    async def list(
        self, *, page: PageRequest, national_id: str | None, vacancy_id: int | None, centre_code: str | None, outcome: str | None,
    ) -> dict[str, Any]:
        statement = select(Referral)
        if national_id is not None:
            statement = statement.join(SeekerProfile, SeekerProfile.id == Referral.seeker_id).where(
                SeekerProfile.national_id == national_id.upper())
        statement = where_given(
            statement, (Referral.vacancy_id, vacancy_id), (Referral.centre_code, centre_code), (Referral.outcome, outcome))
        return await self.page(statement, page)
