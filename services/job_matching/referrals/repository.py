from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select, update

from services.job_matching.models import Referral
from services.job_matching.seekers.repository import of_person
from shared.pagination import PageRequest
from shared.repository import Repository, rows_changed, where_given


class ReferralRepository(Repository[Referral]):
    model = Referral
    noun = "referral"

    async def withdraw_pending(self, seeker_ids: Sequence[int], *, on: date, why: str) -> int:
        """Withdraw the seekers' referrals still pending; how many."""
        return await rows_changed(
            self.session,
            update(Referral)
            .where(Referral.seeker_id.in_(seeker_ids), Referral.outcome == "pending")
            .values(outcome="withdrawn", decided_on=on, explanation=why),
        )

    async def list(
        self,
        *,
        page: PageRequest,
        national_id: str | None,
        vacancy_id: int | None,
        centre_code: str | None,
        outcome: str | None,
    ) -> dict[str, Any]:
        statement = where_given(
            select(Referral),
            (Referral.seeker_id, national_id, of_person),
            (Referral.vacancy_id, vacancy_id),
            (Referral.centre_code, centre_code),
            (Referral.outcome, outcome),
        )
        return await self.page(statement, page)
