"""The benefit lifecycle: paying → suspended → resumed → ended (terminated or completed).

When a benefit ends because the person is back in work, months already paid from that date on
become an overpayment to recover.
"""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.benefits.repository import ACTIVE, BenefitRepository
from services.social_insurance.models import Benefit, Overpayment, outbox
from services.social_insurance.rules.books import rulebook
from services.social_insurance.rules.model import EmploymentFinding, RuleOutcome
from shared.clock import today_of
from shared.events.social_insurance import BenefitResumed, BenefitSuspended, BenefitTerminated, OverpaymentDetected
from shared.problems import Conflict, NotFound


async def suspend(*, session: AsyncSession, benefit: Benefit, on: date, reason: str) -> None:
    """Hold a paying benefit's payments (a missed monthly notice)."""
    if benefit.status != "paying":
        return
    benefit.status, benefit.suspended_on = "suspended", on
    await outbox.record(session, BenefitSuspended(claim_id=benefit.claim_id, national_id=benefit.national_id, effective_on=on, reason=reason), subject=benefit.national_id)


async def resume(*, session: AsyncSession, benefit: Benefit, on: date, reason: str) -> None:
    """Pay a suspended benefit again; held months are paid in the next payment run."""
    if benefit.status != "suspended":
        return
    benefit.status, benefit.suspended_on = "paying", None
    await outbox.record(session, BenefitResumed(claim_id=benefit.claim_id, national_id=benefit.national_id, effective_on=on, reason=reason), subject=benefit.national_id)


async def terminate(*, session: AsyncSession, benefit: Benefit, on: date, reason: str, back_in_work: bool) -> Overpayment | None:
    """End a benefit from a date; months not yet paid are cancelled, and when the person is back
    in work the months already paid from that date become an overpayment, even if the benefit had
    already run its course. Needs the payments loaded."""
    paid_after = [p for p in benefit.payments if p.status == "paid" and p.period_start >= on]
    if benefit.status not in ACTIVE and not (benefit.status == "completed" and back_in_work and paid_after):
        return None
    benefit.status, benefit.ended_on, benefit.end_reason = "terminated", on, reason
    for payment in benefit.payments:
        if payment.period_start >= on and payment.status == "scheduled":
            payment.status = "cancelled"
    overpaid = paid_after if back_in_work else []
    await outbox.record(session, BenefitTerminated(claim_id=benefit.claim_id, national_id=benefit.national_id, effective_on=on, reason=reason), subject=benefit.national_id)
    if not overpaid:
        return None
    overpayment = Overpayment(
        benefit_id=benefit.id, national_id=benefit.national_id, amount=sum((p.amount for p in overpaid), Decimal(0)),
        months=len(overpaid), reason=reason, detected_on=today_of(session),
    )
    session.add(overpayment)
    await session.flush()
    await outbox.record(
        session,
        OverpaymentDetected(overpayment_id=overpayment.id, claim_id=benefit.claim_id, national_id=benefit.national_id,
                            amount=overpayment.amount, months=overpayment.months, reason=reason),
        subject=benefit.national_id,
    )
    return overpayment


async def record_refusal(*, session: AsyncSession, benefit: Benefit, on: date) -> None:
    """Count a refused referral; at the rulebook's limit the benefit ends."""
    benefit.refusals += 1
    book = rulebook(benefit.pack)
    if benefit.refusals >= book.refusals_before_termination:
        await terminate(
            session=session, benefit=benefit, on=on, back_in_work=False,
            reason=f"refused {benefit.refusals} referred job(s) without good reason ({book.articles['termination']})",
        )


async def record_missed_notice(*, session: AsyncSession, benefit: Benefit, month: str, consecutive: int, on: date) -> None:
    """A missed monthly notice suspends the benefit; enough in a row end it (as the rulebook says)."""
    book = rulebook(benefit.pack)
    limit = book.missed_notices_before_termination
    if limit is None:
        return  # no monthly notice under this rulebook
    if consecutive >= limit:
        await terminate(session=session, benefit=benefit, on=on, back_in_work=False,
                        reason=f"no job-search notice for {consecutive} consecutive months ({book.articles['termination']})")
    else:
        await suspend(session=session, benefit=benefit, on=on, reason=f"no job-search notice for {month} ({book.articles['suspension']})")


async def record_employment_finding(*, session: AsyncSession, benefit_id: int, finding: EmploymentFinding, on: date) -> RuleOutcome | None:
    """Evidence of work: when the rulebook counts it as employment, the benefit ends from `on`."""
    benefit = await BenefitRepository(session).with_payments(benefit_id)
    if benefit is None:
        raise NotFound(f"no benefit {benefit_id}")
    if benefit.status not in ACTIVE:
        raise Conflict(f"benefit {benefit_id} is {benefit.status}")
    outcome = rulebook(benefit.pack).employment_stops_benefit(finding, locality_code=benefit.locality_code)
    if outcome is not None:
        await terminate(session=session, benefit=benefit, on=on, back_in_work=True, reason=f"{outcome.reason} ({outcome.article})")
    return outcome


async def run_payments(*, session: AsyncSession, through: date) -> int:
    """Pay every scheduled month of paying benefits that has started by `through`; returns how many."""
    repository = BenefitRepository(session)
    due = await repository.due_payments(through)
    for payment in due:
        payment.status, payment.paid_on = "paid", through
    await session.flush()
    # A benefit whose last month is paid is complete.
    for benefit_id in sorted({p.benefit_id for p in due}):
        benefit = await repository.with_payments(benefit_id)
        if benefit is not None and all(p.status != "scheduled" for p in benefit.payments):
            benefit.status, benefit.ended_on, benefit.end_reason = "completed", benefit.payments[-1].period_end, "all months paid"
    return len(due)


async def end_on_ground(*, session: AsyncSession, benefit_id: int, ground: str, on: date) -> Benefit:
    """End an active benefit for a ground the rulebook names (pension, death, military service,
    emigration, imprisonment); months paid from that date on are to be recovered."""
    benefit = await BenefitRepository(session).with_payments(benefit_id)
    if benefit is None:
        raise NotFound(f"no benefit {benefit_id}")
    if benefit.status not in ACTIVE:
        raise Conflict(f"benefit {benefit_id} is {benefit.status}")
    article = rulebook(benefit.pack).articles["termination"]
    await terminate(session=session, benefit=benefit, on=on, back_in_work=True, reason=f"{ground.replace('_', ' ')} from {on} ({article})")
    return benefit
