"""Referrals: a seeker sent to an employer, and how it ended. Hires become placements;
refusals are published because the benefit rules count those without good reason."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.matching.service import SeekerNotActive
from services.job_matching.models import Referral, ReferralState, outbox
from services.job_matching.placements.service import place
from services.job_matching.referrals.repository import ReferralRepository
from services.job_matching.referrals.schemas import ReferralCreate, ReferralOutcome
from services.job_matching.seekers.repository import SeekerRepository
from services.job_matching.vacancies.repository import VacancyRepository
from shared.events.envelope import EventPayload
from shared.events.job_matching import ReferralMade, ReferralOutcomeRecorded, RefusalRecorded
from shared.problems import Conflict, InvalidInput


async def refer(*, session: AsyncSession, referral: ReferralCreate) -> Referral:
    """Refer an active seeker to an open vacancy; publishes job_matching.referral.made.v1."""
    seeker = await SeekerRepository(session).by_national_id_or_404(referral.national_id)
    if seeker.status != "active":
        raise SeekerNotActive(seeker)
    vacancy = await VacancyRepository(session).get_or_404(referral.vacancy_id)
    if vacancy.status != "open" or vacancy.closing_date < referral.referred_on:
        raise Conflict(f"vacancy {vacancy.id} is not open on {referral.referred_on}", field="vacancy_id")
    existing = await ReferralRepository(session).one_by(seeker_id=seeker.id, vacancy_id=vacancy.id)
    if existing is not None:
        raise Conflict(
            f"{seeker.national_id} was already referred to vacancy {vacancy.id}", existing=f"/referrals/{existing.id}"
        )
    centre_code = referral.centre_code or seeker.centre_code
    assert centre_code is not None  # an active seeker has registered at a centre
    record = await ReferralRepository(session).add(
        Referral(
            seeker_id=seeker.id,
            national_id=seeker.national_id,
            vacancy_id=vacancy.id,
            centre_code=centre_code,
            referred_on=referral.referred_on,
            outcome="pending",
        )
    )
    await outbox.record(
        session,
        ReferralMade(
            referral_id=record.id,
            national_id=seeker.national_id,
            vacancy_id=vacancy.id,
            centre_code=centre_code,
            referred_on=record.referred_on,
        ),
        subject=seeker.national_id,
    )
    return record


async def record_outcome(*, session: AsyncSession, referral_id: int, outcome: ReferralOutcome) -> Referral:
    """Record how a referral ended, once; a hire places the seeker, a decline is published as a refusal."""
    referral = await ReferralRepository(session).get_or_404(referral_id)
    if referral.outcome != "pending":
        raise Conflict(f"referral {referral_id} already ended: {referral.outcome}")
    if outcome.decided_on < referral.referred_on:
        raise InvalidInput.of("decided_on", "after_referral", f"must be on or after {referral.referred_on}")
    seeker = await SeekerRepository(session).get_or_404(referral.seeker_id)
    referral.outcome, referral.decided_on = ReferralState(outcome.outcome), outcome.decided_on
    referral.good_reason, referral.explanation = outcome.good_reason, outcome.explanation
    events: list[tuple[EventPayload, str]] = [
        (
            ReferralOutcomeRecorded(
                referral_id=referral.id,
                national_id=seeker.national_id,
                vacancy_id=referral.vacancy_id,
                outcome=outcome.outcome,
                good_reason=outcome.good_reason,
                decided_on=outcome.decided_on,
            ),
            seeker.national_id,
        )
    ]
    if outcome.outcome == "declined":
        assert outcome.good_reason is not None  # the schema requires it for a decline
        events.append(
            (
                RefusalRecorded(
                    referral_id=referral.id,
                    national_id=seeker.national_id,
                    vacancy_id=referral.vacancy_id,
                    refused_on=outcome.decided_on,
                    good_reason=outcome.good_reason,
                    explanation=outcome.explanation,
                ),
                seeker.national_id,
            )
        )
    await outbox.record_many(session, events)
    if outcome.outcome == "hired":
        assert outcome.start_date is not None and outcome.monthly_wage is not None  # the schema requires them
        vacancy = await VacancyRepository(session).get_or_404(referral.vacancy_id)
        await place(
            session=session,
            seeker=seeker,
            referral=referral,
            vacancy=vacancy,
            centre_code=referral.centre_code,
            employer_tax_code=vacancy.employer_tax_code,
            employer_name=vacancy.employer_name,
            start_date=outcome.start_date,
            monthly_wage=outcome.monthly_wage,
        )
    return referral
