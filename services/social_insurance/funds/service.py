"""Fund early warning (seed 001 §6): when a fund area can pay for less than the threshold
(2 months by default) at the current rate, an alert is raised and published."""

import math
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.funds.repository import FundRepository
from services.social_insurance.funds.schemas import FundFigures, FundOutlook
from services.social_insurance.models import FundAlert, FundArea, outbox
from services.social_insurance.settings import SocialInsuranceSettings
from shared.db import utcnow
from shared.events.social_insurance import FundAlertRaised
from shared.metrics import FUND_MONTHS
from shared.problems import NotFound


async def outlook(*, session: AsyncSession, area: FundArea) -> FundOutlook:
    """Months the fund can still pay: balance over (expenditure − income), with expenditure at
    least what the current recipients are owed each month."""
    recipients, owed = await FundRepository(session).recipients(area.code)
    expenditure = max(area.monthly_expenditure, owed)
    outflow = expenditure - area.monthly_income
    months_left = (area.balance / outflow).quantize(Decimal("0.01")) if outflow > 0 else None
    return FundOutlook(
        area_code=area.code,
        name=area.name,
        balance=area.balance,
        monthly_income=area.monthly_income,
        monthly_expenditure=expenditure,
        current_recipients=recipients,
        recipients_monthly_benefits=owed,
        monthly_net_outflow=outflow,
        months_left=months_left,
        alert_threshold_months=area.alert_threshold_months,
        alert=months_left is not None and months_left < area.alert_threshold_months,
        updated_at=area.updated_at,
    )


async def report_figures(
    *, session: AsyncSession, settings: SocialInsuranceSettings, code: str, figures: FundFigures
) -> FundOutlook:
    """Record a fund area's figures; below the threshold an alert is raised and published."""
    repository = FundRepository(session)
    area = await repository.area(code) or FundArea(code=code)
    area.name, area.balance = figures.name, figures.balance
    area.monthly_income, area.monthly_expenditure = figures.monthly_income, figures.monthly_expenditure
    area.alert_threshold_months = (
        figures.alert_threshold_months or area.alert_threshold_months or settings.fund_alert_threshold_months
    )
    area.updated_at = utcnow()
    await repository.add(area)
    result = await outlook(session=session, area=area)
    if result.alert:
        assert result.months_left is not None
        await repository.add(
            FundAlert(area_code=code, months_left=result.months_left, report=result.model_dump(mode="json"))
        )
        await outbox.record(
            session,
            FundAlertRaised(
                area_code=code,
                months_left=result.months_left,
                threshold_months=result.alert_threshold_months,
                balance=result.balance,
                monthly_net_outflow=result.monthly_net_outflow,
            ),
            subject=code,
        )
    return result


async def area_outlook(*, session: AsyncSession, code: str) -> FundOutlook:
    """The current outlook of a fund area."""
    area = await FundRepository(session).area(code)
    if area is None:
        raise NotFound(f"no fund area {code}")
    return await outlook(session=session, area=area)


async def all_outlooks(*, session: AsyncSession) -> list[FundOutlook]:
    """The current outlook of every fund area, by area code."""
    areas = await FundRepository(session).areas()
    return [await outlook(session=session, area=area) for area in areas]


async def show_fund_months(session: AsyncSession) -> None:
    """Set the months each area's fund can pay on the gauge its alert watches (below 2 months)."""
    for area in await all_outlooks(session=session):  # no months left to count: income covers expenditure
        FUND_MONTHS.labels(area.area_code).set(math.inf if area.months_left is None else float(area.months_left))
