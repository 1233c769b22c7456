from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.matching.service import OFFERS_PER_SEEKER
from services.job_matching.models import Offer, Placement, Referral, SeekerProfile


class KpiRepository:
    """Counts over the seekers who registered in a period, per centre."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def counts_by_centre(self, *, registered_from: date, registered_to: date, centre_code: str | None) -> Sequence[Any]:
        def flag(condition: Any) -> Any:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        seeker = SeekerProfile.id
        referred = exists().where(Referral.seeker_id == seeker, Referral.referred_on <= registered_to)
        placed_by_referral = exists().where(
            Referral.seeker_id == seeker, Referral.outcome == "hired", Referral.decided_on <= registered_to)
        placed_on_own = exists().where(
            Placement.seeker_id == seeker, Placement.referral_id.is_(None), Placement.start_date <= registered_to)
        offers = (select(func.count()).where(Offer.seeker_id == seeker, Offer.offered_on <= registered_to)
                  .scalar_subquery())
        statement = (
            select(
                SeekerProfile.centre_code, func.count().label("registered"), flag(referred).label("referred"),
                flag(and_(referred, placed_by_referral)).label("placed_after_referral"),
                flag(placed_on_own).label("placed_on_own"),
                flag(offers >= OFFERS_PER_SEEKER).label("with_three_offers"),
            )
            .where(SeekerProfile.registered_on.between(registered_from, registered_to))
            .group_by(SeekerProfile.centre_code)
            .order_by(SeekerProfile.centre_code)
        )
        if centre_code is not None:
            statement = statement.where(SeekerProfile.centre_code == centre_code)
        return (await self.session.execute(statement)).all()
