"""Job-matching figures for the targets of seed 003 and seed 000, by centre and period."""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.reports.repository import KpiRepository
from shared.kpis import KPIS, Kpi
from shared.problems import InvalidInput

_COUNTS = ("registered", "referred", "placed_after_referral", "placed_on_own", "with_three_offers")
# The shares this report shows, each the indicator of the same name in shared/kpis.py.
_SHARES: dict[str, Kpi] = {
    "referred_share": KPIS["referred"],
    "placed_share_of_referred": KPIS["placed_after_referral"],
    "three_offer_share": KPIS["three_offers"],
}


def _share(part: int, whole: int) -> Decimal | None:
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001")) if whole else None


def _with_shares(centre_code: str, counts: dict[str, int]) -> dict[str, object]:
    return {
        "centre_code": centre_code,
        **counts,
        **{name: _share(counts[kpi.numerator], counts[kpi.denominator]) for name, kpi in _SHARES.items()},
    }


async def kpis(
    *,
    session: AsyncSession,
    registered_from: date,
    registered_to: date,
    centre_code: str | None,
) -> dict[str, object]:
    """Referral, placement and three-offer shares of the seekers who registered in the period, by its end."""
    if registered_to < registered_from:
        raise InvalidInput.of("registered_to", "not_before_from", "the period ends before it starts")
    rows = await KpiRepository(session).counts_by_centre(
        registered_from=registered_from, registered_to=registered_to, centre_code=centre_code
    )
    centres = [_with_shares(row.centre_code, {k: int(getattr(row, k)) for k in _COUNTS}) for row in rows]
    total = _with_shares("ALL", {k: sum(int(getattr(row, k)) for row in rows) for k in _COUNTS})
    return {"registered_from": registered_from, "registered_to": registered_to, "centres": centres, "total": total}
