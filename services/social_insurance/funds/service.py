"""Fund early warning (seed 001 §6): when a fund area can pay for less than the threshold
(2 months by default) at the current rate, an alert is raised and published."""

import math
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.funds.repository import FundRepository
from services.social_insurance.funds.schemas import ForecastMonth, FundFigures, FundForecast, FundOutlook
from services.social_insurance.models import FundAlert, FundArea, outbox
from services.social_insurance.rules.dates import add_months
from services.social_insurance.settings import SocialInsuranceSettings
from shared.db import utcnow
from shared.events.social_insurance import FundAlertRaised
from shared.metrics import FUND_MONTHS
from shared.problems import NotFound

RATE_WINDOW_MONTHS = 3  # the claim rate: benefits started in the last three whole months
CENT = Decimal("0.01")


async def outlook(*, session: AsyncSession, area: FundArea) -> FundOutlook:
    """Months the fund can still pay: balance over (expenditure − income), with expenditure at
    least what the current recipients are owed each month."""
    recipients, owed = await FundRepository(session).recipients(area.code)
    expenditure = max(area.monthly_expenditure, owed)
    outflow = expenditure - area.monthly_income
    months_left = (area.balance / outflow).quantize(CENT) if outflow > 0 else None
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


async def forecast(*, session: AsyncSession, code: str, today: date, months: int) -> FundForecast:
    """The area's next `months` months: what it pays each month (at least the reported
    expenditure), less income, taken from the balance. A running benefit pays each month from its
    start for its number of months; new benefits start each month at the rate of the last three
    whole months, each paying their average amount for their average duration. A benefit's months
    are counted from the month it starts, as its payments are."""
    repository = FundRepository(session)
    area = await repository.area(code)
    if area is None:
        raise NotFound(f"no fund area {code}")
    this_month = today.replace(day=1)
    started, amount, duration = await repository.started(
        code, on_or_after=add_months(this_month, -RATE_WINDOW_MONTHS), before=this_month
    )
    rate, amount = Decimal(started) / RATE_WINDOW_MONTHS, Decimal(str(amount)).quantize(CENT)
    duration_months = math.ceil(Decimal(str(duration)))
    running = await repository.running(code)
    balance, ahead = area.balance, []
    for k in range(1, months + 1):
        month = add_months(this_month, k)
        paid = [b for b in running if (first := b.start_date.replace(day=1)) <= month < add_months(first, b.months)]
        new = rate * min(k, duration_months)
        expenditure = max(area.monthly_expenditure, sum((b.monthly_amount for b in paid), new * amount)).quantize(CENT)
        outflow = expenditure - area.monthly_income
        balance = max(balance - outflow, Decimal(0)).quantize(CENT)
        left = (balance / outflow).quantize(CENT) if outflow > 0 else None
        ahead.append(
            ForecastMonth(
                month=month,
                recipients=(len(paid) + new).quantize(CENT),
                expenditure=expenditure,
                net_outflow=outflow,
                balance=balance,
                months_left=left,
                below_threshold=left is not None and left < area.alert_threshold_months,
            )
        )
    return FundForecast(
        area_code=code,
        claim_rate=rate.quantize(CENT),
        new_benefit_amount=amount,
        new_benefit_months=duration_months,
        months=ahead,
    )


async def show_fund_months(session: AsyncSession) -> None:
    """Set the months each area's fund can pay on the gauge its alert watches (below 2 months)."""
    for area in await all_outlooks(session=session):  # no months left to count: income covers expenditure
        FUND_MONTHS.labels(area.area_code).set(math.inf if area.months_left is None else float(area.months_left))
