from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select, update

from services.job_matching.models import Referral, SeekerProfile
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class ReferralRepository(Repository[Referral]):
    model = Referral
    noun = "referral"

    async def withdraw_pending(self, seeker_ids: Sequence[int], *, on: date, why: str) -> int:
        """Withdraw the seekers' referrals still pending; how many."""
        result = await self.session.execute(
            update(Referral).where(Referral.seeker_id.in_(seeker_ids), Referral.outcome == "pending")
            .values(outcome="withdrawn", decided_on=on, explanation=why))
        return result.rowcount or 0

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
