"""Seeker profiles: built from the labour service's events, with preferences the seeker edits."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.matching.repository import OfferRepository
from services.job_matching.models import SeekerProfile, SeekerStatus
from services.job_matching.referrals.repository import ReferralRepository
from services.job_matching.seekers.repository import SeekerRepository
from services.job_matching.seekers.schemas import PreferencesUpdate
from shared.events.labour import HardshipAssessed, ReemploymentRecorded, TrainingCompleted, UnemploymentRegistered
from shared.events.social_insurance import BenefitTerminated
from shared.problems import InvalidInput


def _merged(*lists: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(item for items in lists for item in items))


async def _profiles_of(session: AsyncSession, national_ids: Sequence[str]) -> dict[str, SeekerProfile]:
    """The profiles of these people; a person not yet known gets an unregistered one."""
    profiles = await SeekerRepository(session).by_national_ids(national_ids)
    for national_id in national_ids:
        if national_id not in profiles:
            profiles[national_id] = SeekerProfile(
                national_id=national_id,
                occupations=[],
                skills=[],
                preferred_provinces=[],
                preferred_districts=[],
                special_hardship=False,
                willing_to_relocate=False,
                status="unregistered",
            )
            session.add(profiles[national_id])
    return profiles


async def record_registrations(
    *, session: AsyncSession, registrations: Sequence[UnemploymentRegistered]
) -> list[SeekerProfile]:
    """A registration makes the person an active seeker with their wishes; returns the profiles it activated."""
    profiles = await _profiles_of(session, [r.national_id for r in registrations])
    activated = []
    for registration in registrations:
        profile = profiles[registration.national_id]
        if profile.registration_id is not None and profile.registration_id >= registration.registration_id:
            continue  # a repeated or older registration changes nothing
        wishes = registration.wishes
        profile.jurisdiction, profile.registration_id = registration.jurisdiction, registration.registration_id
        profile.centre_code, profile.province, profile.district = (
            registration.centre_code,
            registration.province,
            registration.district,
        )
        profile.registered_on = registration.registered_on
        # Occupations trained for before registering stay alongside the wished ones.
        profile.occupations = _merged(wishes.occupations, profile.occupations)
        profile.preferred_provinces, profile.preferred_districts = list(wishes.provinces), list(wishes.districts)
        profile.minimum_monthly_wage, profile.willing_to_relocate = (
            wishes.minimum_monthly_wage,
            wishes.willing_to_relocate,
        )
        profile.status, profile.status_reason = SeekerStatus.active, f"registered on {registration.registered_on}"
        activated.append(profile)
    await session.flush()
    return activated


async def record_trainings(*, session: AsyncSession, trainings: Sequence[TrainingCompleted]) -> None:
    """A passed training adds the course's skills and the occupation it trains for."""
    passed = [t for t in trainings if t.result == "passed"]
    profiles = await _profiles_of(session, [t.national_id for t in passed])
    for training in passed:
        profile = profiles[training.national_id]
        profile.skills = _merged(profile.skills, [s.casefold() for s in training.skills])
        profile.occupations = _merged(profile.occupations, [training.occupation])
    await session.flush()


async def record_hardship(*, session: AsyncSession, assessments: Sequence[HardshipAssessed]) -> None:
    """Special hardship gives priority for public-welfare jobs (the latest assessment counts)."""
    profiles = await _profiles_of(session, [a.national_id for a in assessments])
    for assessment in assessments:
        profiles[assessment.national_id].special_hardship = assessment.special_hardship
    await session.flush()


async def record_benefit_ends(*, session: AsyncSession, terminations: Sequence[BenefitTerminated]) -> None:
    """An active seeker whose benefit was terminated stops being matched until they register again.

    The grounds (work found, pension, death, emigration, refusals, missed notices) all mean the
    person left the benefit; a placed seeker stays placed."""
    profiles = await SeekerRepository(session).by_national_ids(t.national_id for t in terminations)
    for termination in terminations:
        profile = profiles.get(termination.national_id)
        if profile is not None and profile.status == "active":
            profile.status = SeekerStatus.inactive
            profile.status_reason = f"benefit terminated from {termination.effective_on}: {termination.reason}"


async def update_preferences(
    *, session: AsyncSession, national_id: str, preferences: PreferencesUpdate
) -> SeekerProfile:
    """Change the seeker's preferences; fields not given stay as they are."""
    profile = await SeekerRepository(session).by_national_id_or_404(national_id)
    for name, value in preferences.model_dump(exclude_unset=True).items():
        if value is None and name != "minimum_monthly_wage":
            raise InvalidInput.of(
                name, "not_null", "leave the field out to keep it; only minimum_monthly_wage can be cleared"
            )
        if name == "skills":
            value = _merged([s.casefold() for s in value])
        setattr(profile, name, value)
    await session.flush()
    return profile


async def record_reemployments(*, session: AsyncSession, reemployments: Sequence[ReemploymentRecorded]) -> None:
    """A person with work again is matched no more: their profile is placed, their open offers and
    pending referrals withdrawn (once per job, as labour publishes it)."""
    profiles = await SeekerRepository(session).by_national_ids(r.national_id for r in reemployments)
    for job in reemployments:
        profile = profiles.get(job.national_id)
        if profile is None:
            continue
        if profile.status != "placed":
            employer = job.employer_name or job.employer_tax_code or "an employer"
            profile.status, profile.status_reason = (
                SeekerStatus.placed,
                f"in work with {employer} from {job.start_date} ({job.channel.value})",
            )
        await OfferRepository(session).withdraw_open([profile.id], on=job.start_date)
        await ReferralRepository(session).withdraw_pending(
            [profile.id], on=job.start_date, why=f"in work from {job.start_date} ({job.channel.value})"
        )
