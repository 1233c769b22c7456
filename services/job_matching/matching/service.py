"""Matching: rank vacancies for a seeker, make the three offers, report where the market falls short."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.matching.repository import OfferRepository
from services.job_matching.matching.scoring import Score, SeekerFacts, VacancyFacts, VacancyIndex, score
from services.job_matching.models import Offer, SeekerProfile, Vacancy, outbox
from services.job_matching.seekers.repository import SeekerRepository
from services.job_matching.vacancies.repository import VacancyRepository
from shared.events.job_matching import OfferMade
from shared.kpis import OFFERS_PER_PERSON
from shared.problems import Conflict


class SeekerNotActive(Conflict):
    def __init__(self, profile: SeekerProfile) -> None:
        super().__init__(
            f"{profile.national_id} is not an active job seeker ({profile.status}: {profile.status_reason})"
        )


def seeker_facts(profile: SeekerProfile) -> SeekerFacts:
    """What matching knows of a registered seeker."""
    assert profile.province is not None and profile.district is not None  # set by the registration
    return SeekerFacts.of(
        occupations=profile.occupations,
        skills=profile.skills,
        province=profile.province,
        district=profile.district,
        preferred_provinces=profile.preferred_provinces,
        preferred_districts=profile.preferred_districts,
        minimum_monthly_wage=profile.minimum_monthly_wage,
        willing_to_relocate=profile.willing_to_relocate,
        special_hardship=profile.special_hardship,
    )


def vacancy_facts(vacancy: Vacancy) -> VacancyFacts:
    """What matching knows of a vacancy."""
    return VacancyFacts.of(
        id=vacancy.id,
        occupation=vacancy.isco_code,
        skills=vacancy.skills,
        province=vacancy.province,
        district=vacancy.district,
        wage_min=vacancy.wage_min,
        wage_max=vacancy.wage_max,
        public_welfare=vacancy.public_welfare,
    )


@dataclass
class _Market:
    """The offerable vacancies the seekers at hand could match, indexed per jurisdiction."""

    vacancies: dict[int, Vacancy]
    indexes: dict[str, VacancyIndex]

    @classmethod
    async def for_seekers(cls, session: AsyncSession, seekers: Sequence[SeekerProfile], *, on: date) -> "_Market":
        repository = VacancyRepository(session)
        vacancies: dict[int, Vacancy] = {}
        indexes: dict[str, VacancyIndex] = {}
        for jurisdiction in {s.jurisdiction for s in seekers if s.jurisdiction is not None}:
            ours = [s for s in seekers if s.jurisdiction == jurisdiction]
            # A seeker who named no occupation may match any; otherwise their major groups bound the load.
            majors = None if any(not s.occupations for s in ours) else {o[0] for s in ours for o in s.occupations}
            rows = await repository.offerable(jurisdiction=jurisdiction, on=on, major_groups=majors)
            vacancies.update((v.id, v) for v in rows)
            indexes[jurisdiction] = VacancyIndex(vacancy_facts(v) for v in rows)
        return cls(vacancies, indexes)

    def top(
        self, profile: SeekerProfile, k: int, *, exclude: frozenset[int] = frozenset(), broad_only: bool = False
    ) -> list[Score]:
        index = self.indexes.get(profile.jurisdiction or "")
        if index is None:
            return []
        return index.top(seeker_facts(profile), k, exclude=exclude, broad_only=broad_only)


def _explained(profile: SeekerProfile, vacancy: Vacancy) -> Score:
    return score(seeker_facts(profile), vacancy_facts(vacancy))


async def matches(*, session: AsyncSession, national_id: str, on: date, limit: int) -> list[dict[str, object]]:
    """The best open vacancies for an active seeker, each with its score's breakdown."""
    profile = await SeekerRepository(session).by_national_id_or_404(national_id)
    if profile.status != "active":
        raise SeekerNotActive(profile)
    market = await _Market.for_seekers(session, [profile], on=on)
    return [
        {
            "vacancy": market.vacancies[s.vacancy_id],
            "breakdown": _explained(profile, market.vacancies[s.vacancy_id]).breakdown(),
        }
        for s in market.top(profile, limit)
    ]


@dataclass
class _OfferPlan:
    seeker: SeekerProfile
    open_offers: int
    to_offer: list[Score]

    @property
    def short_by(self) -> int:
        return max(0, OFFERS_PER_PERSON - self.open_offers - len(self.to_offer))


async def _plan_offers(
    session: AsyncSession,
    seekers: Sequence[SeekerProfile],
    *,
    on: date,
    market: _Market | None = None,
) -> tuple[_Market, list[_OfferPlan]]:
    """For each seeker, the best broad matches not offered before that would bring them to three open offers."""
    market = market or await _Market.for_seekers(session, seekers, on=on)
    offered = await OfferRepository(session).offered([s.id for s in seekers], on=on)
    plans = []
    for seeker in seekers:
        ever, open_offers = offered.get(seeker.id, (set(), 0))
        wanted = OFFERS_PER_PERSON - open_offers
        plans.append(
            _OfferPlan(seeker, open_offers, market.top(seeker, wanted, exclude=frozenset(ever), broad_only=True))
        )
    return market, plans


async def make_offers(
    *,
    session: AsyncSession,
    seekers: Sequence[SeekerProfile],
    on: date,
    offered_on: date | None = None,
    market: _Market | None = None,
) -> list[_OfferPlan]:
    """Offer each active seeker the best broad matches open on `on` until they hold three open
    offers, dated `offered_on` (default `on`); publishes job_matching.offer.made.v1 per offer."""
    offered_on = offered_on or on
    active = [s for s in seekers if s.status == "active"]
    market, plans = await _plan_offers(session, active, on=on, market=market)
    offers = [
        Offer(
            seeker_id=plan.seeker.id,
            national_id=plan.seeker.national_id,
            vacancy_id=s.vacancy_id,
            score=s.total,
            offered_on=offered_on,
            breakdown=_explained(plan.seeker, market.vacancies[s.vacancy_id]).breakdown(),
        )
        for plan in plans
        for s in plan.to_offer
    ]
    session.add_all(offers)
    await session.flush()
    national_ids = {plan.seeker.id: plan.seeker.national_id for plan in plans}
    await outbox.record_many(
        session,
        [
            (
                OfferMade(
                    offer_id=o.id,
                    national_id=national_ids[o.seeker_id],
                    vacancy_id=o.vacancy_id,
                    score=o.score,
                    offered_on=offered_on,
                ),
                national_ids[o.seeker_id],
            )
            for o in offers
        ],
    )
    return plans


async def offer_round(*, session: AsyncSession, centre_code: str | None, on: date, chunk: int = 500) -> dict[str, int]:
    """Bring every active seeker (of one centre, or all) to three open offers where the market allows."""
    seekers = await SeekerRepository(session).active(centre_code=centre_code)
    market = await _Market.for_seekers(session, seekers, on=on)  # loaded once for the whole round
    made = short = 0
    for start in range(0, len(seekers), chunk):
        plans = await make_offers(session=session, seekers=seekers[start : start + chunk], on=on, market=market)
        made += sum(len(p.to_offer) for p in plans)
        short += sum(1 for p in plans if p.short_by)
    return {"seekers_considered": len(seekers), "offers_made": made, "seekers_short": short}


async def shortages(*, session: AsyncSession, centre_code: str | None, on: date) -> list[dict[str, object]]:
    """Active seekers for whom fewer than three broadly matching offers exist: a shortage the centre must act on."""
    seekers = await SeekerRepository(session).active(centre_code=centre_code)
    _, plans = await _plan_offers(session, seekers, on=on)
    return [
        {
            "national_id": p.seeker.national_id,
            "centre_code": p.seeker.centre_code,
            "open_offers": p.open_offers,
            "broad_matches_not_yet_offered": len(p.to_offer),
            "short_by": p.short_by,
        }
        for p in plans
        if p.short_by
    ]


async def rank_candidates(*, session: AsyncSession, vacancy_id: int, limit: int) -> list[dict[str, object]]:
    """Active seekers who broadly match a vacancy, best first (hardship first for public-welfare jobs)."""
    vacancy = await VacancyRepository(session).get_or_404(vacancy_id)
    facts = vacancy_facts(vacancy)
    scored = [
        (profile, score(seeker_facts(profile), facts))
        for profile in await OfferRepository(session).candidates_for(vacancy)
    ]
    ranked = sorted((pair for pair in scored if pair[1].broad), key=lambda pair: (-pair[1].total, pair[0].id))[:limit]
    return [
        {
            "national_id": p.national_id,
            "centre_code": p.centre_code,
            "special_hardship": p.special_hardship,
            "score": s.total,
            "breakdown": s.breakdown(),
        }
        for p, s in ranked
    ]
