"""What deciding claims reads: the claimants' terminations, earlier claims, paid contributions and
registrations, each loaded for a whole batch of claimants at once."""

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import (
    Benefit,
    BenefitPayment,
    Claim,
    Contribution,
    EndGround,
    Overpayment,
    PaymentStatus,
    Termination,
    UnemploymentRegistration,
)
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class ClaimRepository(Repository[Claim]):
    model = Claim
    noun = "claim"

    async def list(self, *, page: PageRequest, national_id: str | None, eligible: bool | None) -> dict[str, Any]:
        statement = where_given(select(Claim), (Claim.national_id, national_id), (Claim.eligible, eligible))
        return await self.page(statement, page)

    async def benefit_ids(self, claim_ids: Iterable[int]) -> dict[int, int]:
        """The benefit each of these claims started, by claim id (an ineligible claim started none)."""
        rows = await self.session.execute(
            select(Benefit.claim_id, Benefit.id).where(Benefit.claim_id.in_(sorted(set(claim_ids))))
        )
        return dict(rows.tuples().all())


class ClaimantRecords:
    """The records of a batch of claimants, by national id."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.terminations: dict[str, list[Termination]] = defaultdict(list)
        self.claims: dict[str, list[Claim]] = defaultdict(list)
        self.contributions: dict[str, list[Contribution]] = defaultdict(list)
        self.registrations: dict[str, UnemploymentRegistration] = {}
        self.cancelled_payments: Counter[int] = Counter()  # by claim id
        self.months_received: Counter[int] = Counter()  # by claim id: paid and not owed back
        self.end_grounds: dict[int, EndGround | None] = {}  # by claim id

    async def load(self, national_ids: Sequence[str]) -> "ClaimantRecords":
        """Read everything the claims of these people are decided on."""
        people = sorted(set(national_ids))
        for termination in await self.session.scalars(select(Termination).where(Termination.national_id.in_(people))):
            self.terminations[termination.national_id].append(termination)
        for claim in await self.session.scalars(select(Claim).where(Claim.national_id.in_(people))):
            self.claims[claim.national_id].append(claim)
        # No month range: a benefit's length grows with all the years contributed. On PostgreSQL this
        # is one probe of the (person, employer, month) index per month's partition, the same cost
        # however many people the months hold (bench/claim_growth.py).
        for contribution in await self.session.scalars(
            select(Contribution)
            .where(
                Contribution.national_id.in_(people), Contribution.unemployment > 0, Contribution.paid_on.is_not(None)
            )
            .order_by(Contribution.month)
        ):
            self.contributions[contribution.national_id].append(contribution)
        for registration in await self.session.scalars(
            select(UnemploymentRegistration)
            .where(UnemploymentRegistration.national_id.in_(people))
            .order_by(UnemploymentRegistration.registered_on)
        ):
            self.registrations[registration.national_id] = registration  # ordered by date: the latest wins
        claim_ids = [c.id for claims in self.claims.values() for c in claims]
        if claim_ids:
            counted = await self.session.execute(
                select(Benefit.claim_id, BenefitPayment.status, func.count())
                .join(BenefitPayment, BenefitPayment.benefit_id == Benefit.id)
                .where(
                    Benefit.claim_id.in_(claim_ids),
                    BenefitPayment.status.in_((PaymentStatus.cancelled, PaymentStatus.paid)),
                )
                .group_by(Benefit.claim_id, BenefitPayment.status)
            )
            for claim_id, status, count in counted:
                counter = self.cancelled_payments if status == PaymentStatus.cancelled else self.months_received
                counter[claim_id] = count
            overpaid = await self.session.execute(
                select(Benefit.claim_id, func.sum(Overpayment.months))
                .join(Overpayment, Overpayment.benefit_id == Benefit.id)
                .where(Benefit.claim_id.in_(claim_ids))
                .group_by(Benefit.claim_id)
            )
            self.months_received.subtract(dict(overpaid.tuples().all()))
            self.end_grounds = dict(
                (
                    await self.session.execute(
                        select(Benefit.claim_id, Benefit.end_ground).where(Benefit.claim_id.in_(claim_ids))
                    )
                )
                .tuples()
                .all()
            )
        return self
