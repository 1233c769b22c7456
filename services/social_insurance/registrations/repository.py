from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import UnemploymentRegistration


class RegistrationRepository:
    """Registrations are keyed by labour's registration id, and only looked up in bulk."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def known(self, registration_ids: Iterable[int]) -> set[int]:
        """Which of these registrations are recorded."""
        return set(
            await self.session.scalars(
                select(UnemploymentRegistration.registration_id).where(
                    UnemploymentRegistration.registration_id.in_(sorted(set(registration_ids)))
                )
            )
        )

    async def names(self, national_ids: Iterable[str]) -> dict[str, str]:
        """The name each of these people registered under."""
        rows = await self.session.execute(
            select(UnemploymentRegistration.national_id, UnemploymentRegistration.full_name).where(
                UnemploymentRegistration.national_id.in_(sorted(set(national_ids)))
            )
        )
        return dict(rows.tuples().all())

    async def add_all(self, registrations: Sequence[UnemploymentRegistration]) -> None:
        """Record registrations (one INSERT for the lot)."""
        self.session.add_all(registrations)
        await self.session.flush()
