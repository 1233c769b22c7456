from typing import Any

from sqlalchemy import select

from services.job_matching.models import Referral, SeekerProfile
from shared.pagination import PageRequest
from shared.repository import Repository


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
        for column, value in ((Referral.vacancy_id, vacancy_id), (Referral.centre_code, centre_code), (Referral.outcome, outcome)):
            if value is not None:
                statement = statement.where(column == value)
        return await self.page(statement, page)
