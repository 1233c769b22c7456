"""Claims: gather the facts from this agency's records, let the rulebook decide, store both."""

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.claims.repository import ClaimantRecords, ClaimRepository
from services.social_insurance.claims.schemas import (
    ClaimCreate,
    ClaimImportReport,
    ClaimImportResult,
    ClaimRead,
    ReplayedDecision,
)
from services.social_insurance.models import Benefit, BenefitPayment, BenefitStatus, Claim, Termination, outbox
from services.social_insurance.notices.documents import TEMPLATES, texts
from services.social_insurance.notices.repository import NoticeRepository
from services.social_insurance.notices.service import CURRENCY
from services.social_insurance.rules.books import rulebook, rulebook_for
from services.social_insurance.rules.dates import month_of
from services.social_insurance.rules.model import ClaimFacts, ContributionMonth, Decision
from services.social_insurance.settings import SocialInsuranceSettings
from shared.clock import today_of
from shared.documents.formatting import Language
from shared.documents.register import DocumentRegister, IssuedDocument
from shared.documents.rendering import attached, pdf_in_thread
from shared.events.social_insurance import ClaimDecided, ClaimFiled
from shared.events.vocabulary import Jurisdiction
from shared.ndjson import chunks, counts, lines_of, parsed, rejected
from shared.pagination import PageRequest
from shared.problems import Conflict, InvalidInput, NotFound, Problem, accepted_or_raise

_CHUNK = 1000


class ClaimAlreadyDecided(Conflict):
    """A claim on this termination was decided before; it names that claim."""

    def __init__(self, claim: Claim) -> None:
        super().__init__(
            f"a claim on termination {claim.termination_id} was already decided", existing=f"/claims/{claim.id}"
        )
        self.claim = claim


def _termination(records: ClaimantRecords, claim: ClaimCreate, today: date) -> Termination | Problem:
    if claim.filed_on > today:
        return InvalidInput.of("filed_on", "not_in_future", f"{claim.filed_on} is after today ({today})")
    candidates = [
        t for t in records.terminations[claim.national_id] if claim.termination_id in (None, t.termination_id)
    ]
    if not candidates:
        return NotFound(
            f"no termination of {claim.national_id} is known to the social insurance agency", field="termination_id"
        )
    termination = max(candidates, key=lambda t: t.last_working_day)
    if termination.last_working_day > today:
        # An announced termination: the job has not ended, so there is nothing to claim for yet.
        return InvalidInput.of(
            "termination_id",
            "employment_ended",
            f"the job ends on {termination.last_working_day}; file the claim after that day",
        )
    return termination


def claim_facts(*, records: ClaimantRecords, claim: ClaimCreate, termination: Termination) -> ClaimFacts:
    """The facts of a claim, from contributions, earlier claims and the unemployment registration."""
    last_month = month_of(termination.last_working_day)
    earlier = [
        c for c in records.claims[claim.national_id] if c.eligible and c.termination_id != termination.termination_id
    ]
    used = {c["month"] for e in earlier for c in e.facts["contributions"]}  # counted by an earlier benefit
    contributions = records.contributions[claim.national_id]
    before = {}
    for c in contributions:
        if c.month <= last_month and c.month not in used:
            before[c.month] = ContributionMonth(
                month=c.month, insured_salary=c.insured_salary, employer_tax_code=c.employer_tax_code
            )
    elsewhere_after = [
        c.month for c in contributions if c.month > last_month and c.employer_tax_code != termination.employer_tax_code
    ]
    registration = records.registrations.get(claim.national_id)
    latest = max(earlier, key=lambda c: c.filed_on) if earlier else None
    # Months an earlier benefit did not pay because it ended early (China merges them, art. 17).
    carried_over = records.cancelled_payments[latest.id] if latest else 0
    # Vietnam reserves the contribution months behind the months not received (its pack says when).
    reserved = (
        rulebook(latest.pack).reserved_contribution_months(
            contributed=len(latest.facts["contributions"]) + latest.facts.get("reserved_contribution_months", 0),
            months_received=records.months_received[latest.id],
            ground=records.end_grounds.get(latest.id),
        )
        if latest
        else 0
    )
    return ClaimFacts(
        jurisdiction=termination.jurisdiction,
        locality_code=termination.locality_code,
        wage_region=termination.wage_region,
        state_paid=termination.state_paid,
        reason=termination.reason,
        contract_type=termination.contract_type,
        last_working_day=termination.last_working_day,
        filed_on=claim.filed_on,
        contributions=list(before.values()),
        carried_over_months=carried_over,
        reserved_contribution_months=reserved,
        reserved_from_claim=latest.id if latest and reserved else None,
        receives_pension=claim.receives_pension,
        receives_work_incapacity_allowance=claim.receives_work_incapacity_allowance,
        reemployed_on=date.fromisoformat(f"{min(elsewhere_after)}-01") if elsewhere_after else None,
        registered_unemployed_on=registration.registered_on if registration else None,
        employment_findings=claim.employment_findings,
    )


async def file_claims(
    *, session: AsyncSession, claims: Sequence[ClaimCreate]
) -> list[tuple[Claim, Benefit | None] | Problem]:
    """File and decide a batch of claims; each gets its claim (and benefit, if eligible) or the problem that refused it.

    Publishes ClaimFiled and ClaimDecided for each decided claim."""
    outcomes: list[tuple[Claim, Benefit | None] | Problem | None] = [None] * len(claims)
    # A person's second claim in a batch is decided after their first, which it must see.
    rounds: dict[int, list[int]] = defaultdict(list)
    seen: Counter[str] = Counter()
    for index, claim in enumerate(claims):
        rounds[seen[claim.national_id]].append(index)
        seen[claim.national_id] += 1
    for indexes in rounds.values():
        decided = await _file_round(session, [claims[i] for i in indexes])
        for index, outcome in zip(indexes, decided, strict=True):
            outcomes[index] = outcome
    return [outcome for outcome in outcomes if outcome is not None]  # every index is in one round


async def file_claim(*, session: AsyncSession, claim: ClaimCreate) -> tuple[Claim, Benefit | None]:
    """File and decide one claim; an eligible one starts a benefit. Publishes ClaimFiled and ClaimDecided."""
    return accepted_or_raise(await file_claims(session=session, claims=[claim]))


async def import_claims(*, session: AsyncSession, body: bytes) -> ClaimImportReport:
    """File the claims of an NDJSON file, one claim a line, in chunks; a claim decided before comes back unchanged."""
    results: list[ClaimImportResult] = []
    claims: list[tuple[int, ClaimCreate]] = []
    for line in lines_of(body):
        claim = parsed(line, ClaimCreate)
        if isinstance(claim, Problem):
            results.append(ClaimImportResult(**rejected(line.number, claim)))
        else:
            claims.append((line.number, claim))
    for chunk in chunks(claims, _CHUNK):
        outcomes = await file_claims(session=session, claims=[claim for _, claim in chunk])
        for (number, _), outcome in zip(chunk, outcomes, strict=True):
            if isinstance(outcome, ClaimAlreadyDecided):
                results.append(
                    ClaimImportResult(
                        line=number, status="unchanged", id=outcome.claim.id, eligible=outcome.claim.eligible
                    )
                )
            elif isinstance(outcome, Problem):
                results.append(ClaimImportResult(**rejected(number, outcome)))
            else:
                results.append(
                    ClaimImportResult(line=number, status="created", id=outcome[0].id, eligible=outcome[0].eligible)
                )
    results.sort(key=lambda r: r.line)
    tally = counts(results)
    return ClaimImportReport(
        created=tally["created"], unchanged=tally["unchanged"], rejected=tally["rejected"], results=results
    )


async def _file_round(
    session: AsyncSession, claims: Sequence[ClaimCreate]
) -> list[tuple[Claim, Benefit | None] | Problem]:
    records = await ClaimantRecords(session).load([c.national_id for c in claims])
    today = today_of(session)
    outcomes: list[tuple[Claim, Benefit | None] | Problem] = []
    decided: list[tuple[Claim, Decision, Termination]] = []
    for claim in claims:
        termination = _termination(records, claim, today)
        if isinstance(termination, Problem):
            outcomes.append(termination)
            continue
        existing = next(
            (c for c in records.claims[claim.national_id] if c.termination_id == termination.termination_id), None
        )
        if existing is not None:
            outcomes.append(ClaimAlreadyDecided(existing))
            continue
        facts = claim_facts(records=records, claim=claim, termination=termination)
        book = rulebook_for(
            jurisdiction=facts.jurisdiction, termination_date=facts.last_working_day, locality_code=facts.locality_code
        )
        decision = book.decide(facts)
        record = Claim(
            national_id=claim.national_id,
            termination_id=termination.termination_id,
            filed_on=claim.filed_on,
            pack=decision.pack,
            pack_version=decision.pack_version,
            eligible=decision.eligible,
            facts=facts.model_dump(mode="json"),
            decision=decision.model_dump(mode="json"),
        )
        decided.append((record, decision, termination))
        outcomes.append((record, None))
    session.add_all([record for record, _, _ in decided])
    await session.flush()
    benefits = await _start_benefits(session, records, [(r, d, t) for r, d, t in decided if d.eligible])
    outcomes = [(o[0], benefits.get(o[0].id)) if isinstance(o, tuple) else o for o in outcomes]
    await outbox.record_many(
        session,
        [
            event
            for record, decision, _ in decided
            for event in (
                (
                    ClaimFiled(
                        claim_id=record.id,
                        national_id=record.national_id,
                        termination_id=record.termination_id,
                        filed_on=record.filed_on,
                    ),
                    record.national_id,
                ),
                (
                    ClaimDecided(
                        claim_id=record.id,
                        national_id=record.national_id,
                        termination_id=record.termination_id,
                        rule_pack=decision.pack,
                        eligible=decision.eligible,
                        monthly_amount=decision.monthly_amount,
                        months=decision.months,
                        benefit_start=decision.benefit_start,
                        failed_rules=decision.failed_rules,
                    ),
                    record.national_id,
                ),
            )
        ],
    )
    return outcomes


async def _start_benefits(
    session: AsyncSession,
    records: ClaimantRecords,
    eligible: Sequence[tuple[Claim, Decision, Termination]],
) -> dict[int, Benefit]:
    """A paying benefit and its payment schedule for each eligible claim, by claim id."""
    benefits = {}
    for claim, decision, termination in eligible:
        assert decision.benefit_start is not None
        registration = records.registrations.get(claim.national_id)
        benefits[claim.id] = Benefit(
            claim_id=claim.id,
            national_id=claim.national_id,
            pack=decision.pack,
            status=BenefitStatus.paying,
            monthly_amount=decision.monthly_amount,
            months=decision.months,
            start_date=decision.benefit_start,
            employer_tax_code=termination.employer_tax_code,
            locality_code=termination.locality_code,
            fund_area=termination.employer_province,
            community=registration.district if registration else None,
        )
    session.add_all(benefits.values())
    await session.flush()
    session.add_all(
        [
            BenefitPayment(
                benefit_id=benefits[claim.id].id,
                number=p.number,
                period_start=p.period_start,
                period_end=p.period_end,
                amount=p.amount,
            )
            for claim, decision, _ in eligible
            for p in decision.payments
        ]
    )
    await session.flush()
    return benefits


async def replay_decision(*, session: AsyncSession, claim_id: int) -> ReplayedDecision:
    """Decide a stored claim again from its stored facts with its stored pack: the decision must be the same."""
    claim = await ClaimRepository(session).get_or_404(claim_id)
    decision = rulebook(claim.pack).decide(ClaimFacts.model_validate(claim.facts))
    return ReplayedDecision(
        claim_id=claim_id,
        national_id=claim.national_id,
        same=decision.model_dump(mode="json") == claim.decision,
        monthly_amount=decision.monthly_amount,
        months=decision.months,
    )


async def read_claim(*, session: AsyncSession, claim_id: int) -> ClaimRead:
    """One claim with its facts, its decision and the benefit it started."""
    repository = ClaimRepository(session)
    claim = await repository.get_or_404(claim_id)
    return ClaimRead.of(claim, benefit_id=(await repository.benefit_ids([claim_id])).get(claim_id))


async def read_claims(
    *,
    session: AsyncSession,
    page: PageRequest,
    national_id: str | None,
    eligible: bool | None,
) -> dict[str, Any]:
    """One keyset page of claims, each with the benefit it started."""
    repository = ClaimRepository(session)
    found = await repository.list(page=page, national_id=national_id, eligible=eligible)
    benefits = await repository.benefit_ids(c.id for c in found["items"])
    return {**found, "items": [ClaimRead.of(c, benefit_id=benefits.get(c.id)) for c in found["items"]]}


# A printed decision leaves out the health cover: a document cannot be minimised on its way out, and
# the agencies that may not see health data (the gateway's policy) read the same PDF.
_NOT_PRINTED = {"health_cover"}


async def decision_pdf(
    *,
    session: AsyncSession,
    register: DocumentRegister,
    claim_id: int,
    national_id: str,
    language: Language,
    settings: SocialInsuranceSettings,
) -> tuple[IssuedDocument, bytes]:
    """The decision on a person's claim as a signed PDF in one language: every rule with its
    article and why it passed or failed, the amount, months and payments."""
    claim = await ClaimRepository(session).get_or_404(claim_id)
    if claim.national_id != national_id:
        raise NotFound(f"no claim {claim_id} of {national_id}")
    jurisdiction = Jurisdiction(claim.facts["jurisdiction"])
    name = await NoticeRepository(session).full_name(national_id=national_id, termination_id=claim.termination_id)
    decision = {k: v for k, v in claim.decision.items() if k not in _NOT_PRINTED}
    rules = [r for r in decision["rules"] if r["rule"] not in _NOT_PRINTED]
    document = await register.issue(
        IssuedDocument(
            kind="benefit_decision",
            reference=f"LL-{jurisdiction.value}-{claim.created_at:%Y}-D{claim.id:07d}",
            issued_on=claim.created_at.date(),
            language=language,
            content={
                "claim_id": claim.id,
                "national_id": national_id,
                "full_name": name,
                "filed_on": claim.filed_on.isoformat(),
                "decision": {**decision, "rules": rules},
            },
        )
    )
    wording = texts(language)["decision"]
    html = TEMPLATES.html(
        "decision.html",
        document=document,
        agency=settings.agency_contacts[jurisdiction].name,
        texts=wording,
        title=wording["title"],
        addressee=name or national_id,
        claim=claim,
        decision=decision,
        rules=rules,
        pack_title=rulebook(claim.pack).title,
        currency=CURRENCY[jurisdiction],
    )
    return document, await pdf_in_thread(html, attachment=attached(document))
