from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import case, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.models import Offer, Placement, Referral, SeekerProfile
from shared.kpis import OFFERS_PER_PERSON


class KpiRepository:
    """Counts over the seekers who registered in a period, per centre."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def counts_by_centre(
        self,
        *,
        registered_from: date,
        registered_to: date,
        centre_code: str | None,
    ) -> Sequence[Any]:
        """What happened to each seeker from their registration to the period's end (see shared/kpis.py)."""

        def flag(condition: Any) -> Any:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        seeker, registered_on = SeekerProfile.id, SeekerProfile.registered_on
        referral = (Referral.seeker_id == seeker, Referral.referred_on.between(registered_on, registered_to))
        referred = exists().where(*referral)
        # A hire counts once decided, even when the job starts after the period's end.
        placed_after_referral = exists().where(
            *referral, Referral.outcome == "hired", Referral.decided_on <= registered_to
        )
        placed_on_own = exists().where(
            Placement.seeker_id == seeker,
            Placement.referral_id.is_(None),
            Placement.start_date.between(registered_on, registered_to),
        )
        offers = (
            select(func.count())
            .where(Offer.seeker_id == seeker, Offer.offered_on.between(registered_on, registered_to))
            .scalar_subquery()
        )
        statement = (
            select(
                SeekerProfile.centre_code,
                func.count().label("registered"),
                flag(referred).label("referred"),
                flag(placed_after_referral).label("placed_after_referral"),
                flag(placed_on_own).label("placed_on_own"),
                flag(offers >= OFFERS_PER_PERSON).label("with_three_offers"),
            )
            .where(SeekerProfile.registered_on.between(registered_from, registered_to))
            .group_by(SeekerProfile.centre_code)
            .order_by(SeekerProfile.centre_code)
        )
        if centre_code is not None:
            statement = statement.where(SeekerProfile.centre_code == centre_code)
        return (await self.session.execute(statement)).all()
