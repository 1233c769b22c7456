"""Object-level authorisation by jurisdiction: an agency with an area (a province, a district of
it, or one employment service centre) reads only the people registered there. Whether a person
is in an area is read from the registrations the gateway has received (the report cases), so the
gateway decides it before anything is forwarded, with no call to a service."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access.repository import AreaRepository
from services.gateway.models import Agency
from shared.problems import NotFound

if TYPE_CHECKING:
    from services.gateway.access.caller import Caller


@dataclass(frozen=True)
class Area:
    """Where an agency's people are registered; each part given must hold."""

    province: str | None = None
    district: str | None = None
    centre_code: str | None = None

    @classmethod
    def of(cls, agency: Agency) -> "Area | None":
        """The agency's area, or None for an agency of the whole country."""
        area = cls(agency.province, agency.district, agency.centre_code)
        return None if area == cls() else area


async def refuse_outside_area(*, session: AsyncSession, caller: "Caller", people: set[str]) -> None:
    """404 when the caller's agency has an area and one of these people is not registered in it:
    the same answer as for a person of whom nothing is known, so an id tells nothing outside it."""
    if caller.area is None or not people:
        return
    area = caller.area
    within = await AreaRepository(session).registered_within(
        people, province=area.province, district=area.district, centre_code=area.centre_code
    )
    if outside := sorted(people - within):
        raise NotFound(f"no records about {', '.join(outside)} in the area of agency {caller.agency_code}")
