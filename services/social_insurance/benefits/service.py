"""The benefit lifecycle: paying → suspended → resumed → ended (terminated or completed).

When a benefit ends because the person is back in work (or on another ground that owes the months
after it back), the months already paid for periods from that date on become an overpayment to
recover; the rule pack says how the month in which the job began is read.
"""

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.benefits.repository import BenefitRepository, OverpaymentRepository
from services.social_insurance.benefits.schemas import PublicNoticeEntry
from services.social_insurance.models import (
    ACTIVE_BENEFIT,
    Benefit,
    BenefitStatus,
    EndGround,
    Overpayment,
    PaymentStatus,
    Reemployment,
    outbox,
)
from services.social_insurance.registrations.repository import RegistrationRepository
from services.social_insurance.rules.books import rulebook
from services.social_insurance.rules.model import EmploymentFinding, RuleOutcome
from shared.clock import today_of
from shared.events.job_matching import RefusalRecorded
from shared.events.labour import JobSearchNoticeMissed, JobSearchNoticeRecorded, ReemploymentRecorded
from shared.events.social_insurance import (
    BenefitResumed,
    BenefitSuspended,
    BenefitTerminated,
    EmploymentFound,
    OverpaymentDetected,
    OverpaymentRecovered,
)
from shared.national_id import masked
from shared.problems import Conflict, InvalidInput


async def _active(session: AsyncSession, benefit_id: int) -> Benefit:
    """A paying or suspended benefit, payments loaded: a 404 when unknown, a 409 when it has ended."""
    benefit = await BenefitRepository(session).with_payments_or_404(benefit_id)
    if benefit.status not in ACTIVE_BENEFIT:
        raise Conflict(f"benefit {benefit_id} is {benefit.status}")
    return benefit


async def suspend(*, session: AsyncSession, benefit: Benefit, on: date, reason: str) -> None:
    """Hold a paying benefit's payments (a missed monthly notice)."""
    await _move(session, benefit, BenefitStatus.paying, BenefitStatus.suspended, BenefitSuspended, on=on, reason=reason)


async def resume(*, session: AsyncSession, benefit: Benefit, on: date, reason: str) -> None:
    """Pay a suspended benefit again; held months are paid in the next payment run."""
    await _move(session, benefit, BenefitStatus.suspended, BenefitStatus.paying, BenefitResumed, on=on, reason=reason)


async def _move(
    session: AsyncSession,
    benefit: Benefit,
    before: BenefitStatus,
    after: BenefitStatus,
    event: type[BenefitSuspended | BenefitResumed],
    *,
    on: date,
    reason: str,
) -> None:
    # A benefit in any other status is left as it is: suspending twice, or resuming a paying one, does nothing.
    if benefit.status != before:
        return
    benefit.status, benefit.suspended_on = after, on if after == BenefitStatus.suspended else None
    await outbox.record(
        session,
        event(claim_id=benefit.claim_id, national_id=benefit.national_id, effective_on=on, reason=reason),
        subject=benefit.national_id,
    )


async def terminate(
    *, session: AsyncSession, benefit: Benefit, on: date, reason: str, ground: EndGround
) -> Overpayment | None:
    """End a benefit from a date; months not yet paid are cancelled, and on a ground that owes them
    back the months already paid for periods from that date become an overpayment, even if the
    benefit had already run its course. Once ended, a benefit ends no second time. Needs the payments loaded."""
    book = rulebook(benefit.pack)
    paid_after = [
        p
        for p in benefit.payments
        if p.status == PaymentStatus.paid
        and book.recovered(period_start=p.period_start, period_end=p.period_end, back_in_work_on=on)
    ]
    completed = benefit.status == BenefitStatus.completed
    if benefit.status not in ACTIVE_BENEFIT and not (completed and ground.recovers_months_paid and paid_after):
        return None
    benefit.status, benefit.ended_on = BenefitStatus.terminated, on
    benefit.end_reason, benefit.end_ground = reason, ground
    for payment in benefit.payments:
        if payment.period_start >= on and payment.status == PaymentStatus.scheduled:
            payment.status = PaymentStatus.cancelled
    overpaid = paid_after if ground.recovers_months_paid else []
    await outbox.record(
        session,
        BenefitTerminated(claim_id=benefit.claim_id, national_id=benefit.national_id, effective_on=on, reason=reason),
        subject=benefit.national_id,
    )
    if not overpaid:
        return None
    overpayment = Overpayment(
        benefit_id=benefit.id,
        national_id=benefit.national_id,
        amount=sum((p.amount for p in overpaid), Decimal(0)),
        months=len(overpaid),
        reason=reason,
        detected_on=today_of(session),
    )
    session.add(overpayment)
    await session.flush()
    await outbox.record(
        session,
        OverpaymentDetected(
            overpayment_id=overpayment.id,
            claim_id=benefit.claim_id,
            national_id=benefit.national_id,
            amount=overpayment.amount,
            months=overpayment.months,
            reason=reason,
            ground=ground.value,
        ),
        subject=benefit.national_id,
    )
    return overpayment


async def record_refusal(*, session: AsyncSession, benefit: Benefit, on: date) -> None:
    """Count a refused referral; at the rulebook's limit the benefit ends."""
    benefit.refusals += 1
    book = rulebook(benefit.pack)
    if benefit.refusals >= book.refusals_before_termination:
        await terminate(
            session=session,
            benefit=benefit,
            on=on,
            ground=EndGround.refusals,
            reason=f"refused {benefit.refusals} referred job(s) without good reason ({book.articles['termination']})",
        )


async def record_missed_notice(
    *, session: AsyncSession, benefit: Benefit, month: str, consecutive: int, on: date
) -> None:
    """A missed monthly notice suspends the benefit; enough in a row end it (as the rulebook says)."""
    book = rulebook(benefit.pack)
    limit = book.missed_notices_before_termination
    if limit is None:
        return  # no monthly notice under this rulebook
    if consecutive >= limit:
        await terminate(
            session=session,
            benefit=benefit,
            on=on,
            ground=EndGround.missed_notices,
            reason=f"no job-search notice for {consecutive} consecutive months ({book.articles['termination']})",
        )
    else:
        await suspend(
            session=session,
            benefit=benefit,
            on=on,
            reason=f"no job-search notice for {month} ({book.articles['suspension']})",
        )


async def record_employment_finding(
    *, session: AsyncSession, benefit_id: int, finding: EmploymentFinding, on: date
) -> RuleOutcome | None:
    """Evidence of work: when the rulebook counts it as employment, the benefit ends from `on`, and
    the finding is published as a report of a job (labour makes it the person's re-employment)."""
    benefit = await _active(session, benefit_id)
    outcome = rulebook(benefit.pack).employment_stops_benefit(finding, locality_code=benefit.locality_code)
    if outcome is not None:
        await terminate(
            session=session,
            benefit=benefit,
            on=on,
            ground=EndGround.employment,
            reason=f"{outcome.reason} ({outcome.article})",
        )
        await outbox.record(
            session,
            EmploymentFound(claim_id=benefit.claim_id, national_id=benefit.national_id, found_on=on, kind=finding.kind),
            subject=benefit.national_id,
        )
    return outcome


async def end_for_work(*, session: AsyncSession, reemployments: Sequence[ReemploymentRecorded]) -> None:
    """A job (once per job, as labour publishes it) ends the person's benefit from its first day,
    with the months paid after it to recover; a job that starts after the benefit's last month
    changes nothing. Each job is kept as the evidence of the integrity cross-match."""
    repository = BenefitRepository(session)
    known = await repository.reemployments_known([r.reemployment_id for r in reemployments])
    fresh = [r for r in reemployments if r.reemployment_id not in known]
    repository.add_reemployments(
        [
            Reemployment(
                reemployment_id=r.reemployment_id,
                national_id=r.national_id,
                employer_tax_code=r.employer_tax_code,
                employer_name=r.employer_name,
                start_date=r.start_date,
                channel=r.channel,
                evidence_agency=r.evidence.agency,
                evidence_record=r.evidence.record,
            )
            for r in fresh
        ]
    )
    benefits = await repository.with_payments_for([r.national_id for r in fresh])
    for job in sorted(fresh, key=lambda r: r.start_date):
        for benefit in benefits.get(job.national_id, []):
            last_day = benefit.payments[-1].period_end if benefit.payments else benefit.start_date
            if job.start_date > last_day:
                continue  # the job began after the benefit's last month: nothing was paid while working
            article = rulebook(benefit.pack).articles["termination"]
            employer = job.employer_name or job.employer_tax_code or "an employer"
            await terminate(
                session=session,
                benefit=benefit,
                on=max(job.start_date, benefit.start_date),
                ground=EndGround.employment,
                reason=f"in work with {employer} from {job.start_date}, reported by {job.channel.value} ({article})",
            )


async def run_payments(*, session: AsyncSession, through: date) -> int:
    """Pay every scheduled month of paying benefits that has started by `through`; returns how many."""
    repository = BenefitRepository(session)
    due = await repository.due_payments(through)
    for payment in due:
        payment.status, payment.paid_on = PaymentStatus.paid, through
    await session.flush()
    # A benefit whose last month is paid is complete.
    for benefit_id in sorted({p.benefit_id for p in due}):
        benefit = await repository.with_payments_or_404(benefit_id)
        if all(p.status != PaymentStatus.scheduled for p in benefit.payments):
            benefit.status, benefit.ended_on = BenefitStatus.completed, benefit.payments[-1].period_end
            benefit.end_reason = "all months paid"
    return len(due)


async def end_on_ground(*, session: AsyncSession, benefit_id: int, ground: str, on: date) -> Benefit:
    """End an active benefit for a ground the rulebook names (pension, death, military service,
    emigration, imprisonment); months paid from that date on are to be recovered."""
    benefit = await _active(session, benefit_id)
    article = rulebook(benefit.pack).articles["termination"]
    await terminate(
        session=session,
        benefit=benefit,
        on=on,
        ground=EndGround(ground),
        reason=f"{ground.replace('_', ' ')} from {on} ({article})",
    )
    return benefit


async def record_recovery(*, session: AsyncSession, overpayment_id: int, recovered_on: date) -> Overpayment:
    """An overpayment was paid back; published for the integrity counters."""
    overpayment = await OverpaymentRepository(session).get_or_404(overpayment_id)
    if overpayment.recovered_on is not None:
        raise Conflict(f"overpayment {overpayment_id} was recovered on {overpayment.recovered_on}")
    if recovered_on > (today := today_of(session)):
        raise InvalidInput.of("recovered_on", "not_in_future", f"{recovered_on} is after today ({today})")
    overpayment.recovered_on = recovered_on
    claim_id = await BenefitRepository(session).claim_of(overpayment.benefit_id)
    await outbox.record(
        session,
        OverpaymentRecovered(
            overpayment_id=overpayment.id,
            claim_id=claim_id,
            national_id=overpayment.national_id,
            amount=overpayment.amount,
            recovered_on=recovered_on,
        ),
        subject=overpayment.national_id,
    )
    return overpayment


async def suspend_for_missed_notices(*, session: AsyncSession, notices: Sequence[JobSearchNoticeMissed]) -> None:
    """A missed monthly notice suspends the person's benefit; too many in a row end it."""
    benefits = await BenefitRepository(session).active_for([n.national_id for n in notices])
    for missed in notices:
        if (benefit := benefits.get(missed.national_id)) is not None:
            await record_missed_notice(
                session=session,
                benefit=benefit,
                month=missed.month,
                consecutive=missed.consecutive_missed,
                on=date.fromisoformat(f"{missed.month}-01"),
            )


async def resume_on_notices(*, session: AsyncSession, notices: Sequence[JobSearchNoticeRecorded]) -> None:
    """A notice from a person whose benefit was suspended resumes it."""
    benefits = await BenefitRepository(session).active_for([n.national_id for n in notices])
    for notice in notices:
        if (benefit := benefits.get(notice.national_id)) is not None:
            await resume(
                session=session,
                benefit=benefit,
                on=notice.submitted_on,
                reason=f"job-search notice for {notice.month} received",
            )


async def count_refusals(*, session: AsyncSession, refusals: Sequence[RefusalRecorded]) -> None:
    """Each referred job refused without good reason counts towards ending the person's benefit."""
    benefits = await BenefitRepository(session).active_for([r.national_id for r in refusals])
    for refusal in refusals:
        if not refusal.good_reason and (benefit := benefits.get(refusal.national_id)) is not None:
            await record_refusal(session=session, benefit=benefit, on=refusal.refused_on)


async def public_notice(*, session: AsyncSession, community: str) -> list[PublicNoticeEntry]:
    """The current benefit recipients of a street/community, by name with the ID masked (seed 001 §8)."""
    recipients = await BenefitRepository(session).recipients(community=community)
    names = await RegistrationRepository(session).names(b.national_id for b in recipients)
    return [
        PublicNoticeEntry(
            name=names.get(b.national_id, ""),
            masked_id=masked(b.national_id),
            monthly_amount=b.monthly_amount,
            from_date=b.start_date,
            months=b.months,
        )
        for b in recipients
    ]
