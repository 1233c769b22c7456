"""Unemployment registrations the labour service reports: China's eligibility needs one, and the
public notice of benefit recipients is posted in the district registered."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import UnemploymentRegistration
from services.social_insurance.registrations.repository import RegistrationRepository
from shared.events.labour import UnemploymentRegistered


async def record_registrations(*, session: AsyncSession, registrations: Sequence[UnemploymentRegistered]) -> None:
    """Keep each registration once (a redelivered one changes nothing)."""
    repository = RegistrationRepository(session)
    by_id = {r.registration_id: r for r in registrations}
    known = await repository.known(by_id)
    await repository.add_all(
        [
            UnemploymentRegistration(
                registration_id=r.registration_id,
                national_id=r.national_id,
                full_name=r.full_name or "",
                centre_code=r.centre_code,
                province=r.province,
                district=r.district,
                registered_on=r.registered_on,
            )
            for r in by_id.values()
            if r.registration_id not in known
        ]
    )
