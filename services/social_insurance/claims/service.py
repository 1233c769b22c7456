"""Claims: gather the facts from this agency's records, let the rulebook decide, store both."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import (
    Benefit, BenefitPayment, Claim, Contribution, Termination, UnemploymentRegistration, outbox,
)
from services.social_insurance.claims.schemas import ClaimCreate
from services.social_insurance.rules.books import rulebook, rulebook_for
from services.social_insurance.rules.dates import month_of
from services.social_insurance.rules.model import ClaimFacts, ContributionMonth, Decision
from shared.events.social_insurance import ClaimDecided, ClaimFiled
from shared.problems import Conflict, NotFound


async def _termination(session: AsyncSession, claim: ClaimCreate) -> Termination:
    statement = select(Termination).where(Termination.national_id == claim.national_id)
    if claim.termination_id is not None:
        statement = statement.where(Termination.termination_id == claim.termination_id)
    termination = await session.scalar(statement.order_by(Termination.last_working_day.desc()).limit(1))
    if termination is None:
        raise NotFound(f"no termination of {claim.national_id} is known to the social insurance agency", field="termination_id")
    return termination


async def gather_facts(*, session: AsyncSession, claim: ClaimCreate, termination: Termination) -> ClaimFacts:
    """The facts of a claim, from contributions, earlier claims and the unemployment registration."""
    last_month = month_of(termination.last_working_day)
    earlier = (await session.scalars(
        select(Claim).where(Claim.national_id == claim.national_id, Claim.eligible, Claim.termination_id != termination.termination_id)
    )).all()
    used = {c["month"] for e in earlier for c in e.facts["contributions"]}  # counted by an earlier benefit
    contributions = (await session.scalars(
        select(Contribution).where(
            Contribution.national_id == claim.national_id, Contribution.unemployment > 0, Contribution.paid_on.is_not(None)
        ).order_by(Contribution.month)
    )).all()
    before = {}
    for c in contributions:
        if c.month <= last_month and c.month not in used:
            before[c.month] = ContributionMonth(month=c.month, insured_salary=c.insured_salary, employer_tax_code=c.employer_tax_code)
    elsewhere_after = [c.month for c in contributions if c.month > last_month and c.employer_tax_code != termination.employer_tax_code]
    registration = await session.scalar(
        select(UnemploymentRegistration).where(UnemploymentRegistration.national_id == claim.national_id)
        .order_by(UnemploymentRegistration.registered_on.desc()).limit(1)
    )
    return ClaimFacts(
        jurisdiction=termination.jurisdiction, locality_code=termination.locality_code, wage_region=termination.wage_region,
        state_paid=termination.state_paid, reason=termination.reason, contract_type=termination.contract_type,
        last_working_day=termination.last_working_day, filed_on=claim.filed_on,
        contributions=list(before.values()), carried_over_months=await _unused_months(session, earlier),
        receives_pension=claim.receives_pension, receives_work_incapacity_allowance=claim.receives_work_incapacity_allowance,
        reemployed_on=date.fromisoformat(f"{min(elsewhere_after)}-01") if elsewhere_after else None,
        registered_unemployed_on=registration.registered_on if registration else None,
        employment_findings=claim.employment_findings,
    )


async def _unused_months(session: AsyncSession, earlier: Sequence[Claim]) -> int:
    """Months an earlier benefit did not pay because it ended early (China merges them, art. 17)."""
    if not earlier:
        return 0
    latest = max(earlier, key=lambda c: c.filed_on)
    cancelled = await session.scalars(
        select(BenefitPayment.id).join(Benefit, Benefit.id == BenefitPayment.benefit_id)
        .where(Benefit.claim_id == latest.id, BenefitPayment.status == "cancelled")
    )
    return len(cancelled.all())


async def file_claim(*, session: AsyncSession, claim: ClaimCreate) -> tuple[Claim, Benefit | None]:
    """File and decide a claim; an eligible one starts a benefit. Publishes ClaimFiled and ClaimDecided."""
    termination = await _termination(session, claim)
    existing = await session.scalar(
        select(Claim).where(Claim.termination_id == termination.termination_id, Claim.national_id == claim.national_id)
    )
    if existing is not None:
        raise Conflict(f"a claim on termination {termination.termination_id} was already decided", existing=f"/claims/{existing.id}")
    facts = await gather_facts(session=session, claim=claim, termination=termination)
    book = rulebook_for(jurisdiction=facts.jurisdiction, termination_date=facts.last_working_day, locality_code=facts.locality_code)
    decision = book.decide(facts)
    record = Claim(
        national_id=claim.national_id, termination_id=termination.termination_id, filed_on=claim.filed_on,
        pack=decision.pack, pack_version=decision.pack_version, eligible=decision.eligible,
        facts=facts.model_dump(mode="json"), decision=decision.model_dump(mode="json"),
    )
    session.add(record)
    await session.flush()
    benefit = await _start_benefit(session, record, decision, termination) if decision.eligible else None
    await outbox.record_many(session, [
        (ClaimFiled(claim_id=record.id, national_id=record.national_id, termination_id=record.termination_id, filed_on=record.filed_on), record.national_id),
        (ClaimDecided(
            claim_id=record.id, national_id=record.national_id, termination_id=record.termination_id, rule_pack=decision.pack,
            eligible=decision.eligible, monthly_amount=decision.monthly_amount, months=decision.months,
            benefit_start=decision.benefit_start, failed_rules=decision.failed_rules,
        ), record.national_id),
    ])
    return record, benefit


async def _start_benefit(session: AsyncSession, claim: Claim, decision: Decision, termination: Termination) -> Benefit:
    registration = await session.scalar(
        select(UnemploymentRegistration).where(UnemploymentRegistration.national_id == claim.national_id)
        .order_by(UnemploymentRegistration.registered_on.desc()).limit(1)
    )
    assert decision.benefit_start is not None
    benefit = Benefit(
        claim_id=claim.id, national_id=claim.national_id, pack=decision.pack, status="paying",
        monthly_amount=decision.monthly_amount, months=decision.months, start_date=decision.benefit_start,
        employer_tax_code=termination.employer_tax_code, locality_code=termination.locality_code,
        fund_area=termination.employer_province, community=registration.district if registration else None,
    )
    session.add(benefit)
    await session.flush()
    session.add_all([
        BenefitPayment(benefit_id=benefit.id, number=p.number, period_start=p.period_start, period_end=p.period_end, amount=p.amount)
        for p in decision.payments
    ])
    await session.flush()
    return benefit


def replay_decision(claim: Claim) -> tuple[bool, Decision]:
    """Decide again from the stored facts with the stored pack: the decision must be the same."""
    decision = rulebook(claim.pack).decide(ClaimFacts.model_validate(claim.facts))
    return decision.model_dump(mode="json") == claim.decision, decision
