"""Retirees (seed 002): annual pension-eligibility certification by the community, overdue
certifications, and the staffing a community labour station needs."""

import math
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import Certification, Retiree
from services.social_insurance.retirees.repository import RetireeRepository
from services.social_insurance.retirees.schemas import CertificationCreate, OverdueRetiree, RetireeCreate, Staffing
from shared.problems import Conflict, InvalidInput

RETIREES_PER_STAFF = 500
STAFF_PER_STATION = 4


async def register_retiree(*, session: AsyncSession, retiree: RetireeCreate) -> Retiree:
    """Register a retiree with their community."""
    repository = RetireeRepository(session)
    existing = await repository.one_by(national_id=retiree.national_id)
    if existing is not None:
        raise Conflict(f"retiree {retiree.national_id} is registered", existing=f"/retirees/{existing.id}")
    return await repository.add(Retiree(**retiree.model_dump()))


async def certify(*, session: AsyncSession, retiree_id: int, certification: CertificationCreate) -> Certification:
    """Record a year's certification of pension eligibility (once a year)."""
    repository = RetireeRepository(session)
    await repository.get_or_404(retiree_id)
    if certification.certified_on.year != certification.year:
        raise InvalidInput.of(
            "certified_on", "within_year", f"a {certification.year} certification is made in {certification.year}"
        )
    if await repository.certified(retiree_id, certification.year):
        raise Conflict(f"retiree {retiree_id} is already certified for {certification.year}")
    return await repository.add_certification(Certification(retiree_id=retiree_id, **certification.model_dump()))


async def overdue(
    *, session: AsyncSession, year: int, as_of: date, due_day: str, community_code: str | None
) -> list[OverdueRetiree]:
    """Retirees without the year's certification once its due date has passed."""
    if as_of <= date.fromisoformat(f"{year}-{due_day}"):
        return []
    return [
        OverdueRetiree(
            retiree_id=r.id,
            national_id=r.national_id,
            full_name=r.full_name,
            community_code=r.community_code,
            last_certified_year=y,
        )
        for r, y in await RetireeRepository(session).uncertified(year=year, community_code=community_code)
    ]


async def staffing(*, session: AsyncSession, community_code: str) -> Staffing:
    """Staff a community needs for its retirees: 1 per 500, a station holding at most 4."""
    count = await RetireeRepository(session).count_in(community_code)
    staff = math.ceil(count / RETIREES_PER_STAFF)
    return Staffing(
        community_code=community_code,
        retirees=count,
        staff_needed=staff,
        stations_needed=math.ceil(staff / STAFF_PER_STATION) if staff else 0,
    )
