"""What deciding claims reads: the claimants' terminations, earlier claims, paid contributions and
registrations, each loaded for a whole batch of claimants at once."""

from collections import Counter, defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import Benefit, BenefitPayment, Claim, Contribution, Termination, UnemploymentRegistration


class ClaimantRecords:
    """The records of a batch of claimants, by national id."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.terminations: dict[str, list[Termination]] = defaultdict(list)
        self.claims: dict[str, list[Claim]] = defaultdict(list)
        self.contributions: dict[str, list[Contribution]] = defaultdict(list)
        self.registrations: dict[str, UnemploymentRegistration] = {}
        self.cancelled_payments: Counter[int] = Counter()  # by claim id

    async def load(self, national_ids: Sequence[str]) -> "ClaimantRecords":
        """Read everything the claims of these people are decided on."""
        people = sorted(set(national_ids))
        for termination in await self.session.scalars(select(Termination).where(Termination.national_id.in_(people))):
            self.terminations[termination.national_id].append(termination)
        for claim in await self.session.scalars(select(Claim).where(Claim.national_id.in_(people))):
            self.claims[claim.national_id].append(claim)
        for contribution in await self.session.scalars(
            select(Contribution).where(Contribution.national_id.in_(people), Contribution.unemployment > 0, Contribution.paid_on.is_not(None))
            .order_by(Contribution.month)
        ):
            self.contributions[contribution.national_id].append(contribution)
        for registration in await self.session.scalars(
            select(UnemploymentRegistration).where(UnemploymentRegistration.national_id.in_(people))
            .order_by(UnemploymentRegistration.registered_on)
        ):
            self.registrations[registration.national_id] = registration  # ordered by date: the latest wins
        claim_ids = [c.id for claims in self.claims.values() for c in claims]
        if claim_ids:
            self.cancelled_payments.update(dict((await self.session.execute(
                select(Benefit.claim_id, func.count()).join(BenefitPayment, BenefitPayment.benefit_id == Benefit.id)
                .where(Benefit.claim_id.in_(claim_ids), BenefitPayment.status == "cancelled").group_by(Benefit.claim_id)
            )).tuples().all()))
        return self
