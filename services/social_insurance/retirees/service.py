"""Retirees (seed 002): annual pension-eligibility certification by the community, overdue
certifications, and the staffing a community labour station needs."""

import math
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import Certification, Retiree
from services.social_insurance.retirees.schemas import CertificationCreate, OverdueRetiree, RetireeCreate, Staffing
from shared.problems import Conflict, InvalidInput, NotFound

RETIREES_PER_STAFF = 500
STAFF_PER_STATION = 4


async def register_retiree(*, session: AsyncSession, retiree: RetireeCreate) -> Retiree:
    """Register a retiree with their community."""
    existing = await session.scalar(select(Retiree).where(Retiree.national_id == retiree.national_id))
    if existing is not None:
        raise Conflict(f"retiree {retiree.national_id} is registered", existing=f"/retirees/{existing.id}")
    record = Retiree(**retiree.model_dump())
    session.add(record)
    await session.flush()
    return record


async def certify(*, session: AsyncSession, retiree_id: int, certification: CertificationCreate) -> Certification:
    """Record a year's certification of pension eligibility (once a year)."""
    if await session.get(Retiree, retiree_id) is None:
        raise NotFound(f"no retiree {retiree_id}")
    if certification.certified_on.year != certification.year:
        raise InvalidInput.of("certified_on", "within_year", f"a {certification.year} certification is made in {certification.year}")
    if await session.scalar(select(Certification.id).where(Certification.retiree_id == retiree_id, Certification.year == certification.year)):
        raise Conflict(f"retiree {retiree_id} is already certified for {certification.year}")
    record = Certification(retiree_id=retiree_id, **certification.model_dump())
    session.add(record)
    await session.flush()
    return record


async def overdue(*, session: AsyncSession, year: int, as_of: date, due_day: str, community_code: str | None) -> list[OverdueRetiree]:
    """Retirees without the year's certification once its due date has passed."""
    if as_of <= date.fromisoformat(f"{year}-{due_day}"):
        return []
    certified = select(Certification.retiree_id).where(Certification.year == year)
    last = select(Certification.retiree_id, func.max(Certification.year).label("year")).group_by(Certification.retiree_id).subquery()
    statement = (
        select(Retiree, last.c.year).outerjoin(last, last.c.retiree_id == Retiree.id)
        .where(Retiree.id.not_in(certified), Retiree.pension_since <= date(year, 12, 31)).order_by(Retiree.id)
    )
    if community_code is not None:
        statement = statement.where(Retiree.community_code == community_code)
    return [
        OverdueRetiree(retiree_id=r.id, national_id=r.national_id, full_name=r.full_name, community_code=r.community_code, last_certified_year=y)
        for r, y in await session.execute(statement)
    ]


async def staffing(*, session: AsyncSession, community_code: str) -> Staffing:
    """Staff a community needs for its retirees: 1 per 500, a station holding at most 4."""
    count = await session.scalar(select(func.count()).select_from(Retiree).where(Retiree.community_code == community_code)) or 0
    staff = math.ceil(count / RETIREES_PER_STAFF)
    return Staffing(community_code=community_code, retirees=count, staff_needed=staff,
                    stations_needed=math.ceil(staff / STAFF_PER_STATION) if staff else 0)
