from typing import Annotated

from fastapi import APIRouter, Query

from services.social_insurance.dependencies import Session, Settings, Today
from services.social_insurance.funds import service
from services.social_insurance.funds.schemas import FundFigures, FundForecast, FundOutlook

router = APIRouter(prefix="/fund-areas", tags=["fund early warning"])


@router.get("", response_model=list[FundOutlook])
async def outlooks(session: Session) -> object:
    """How many months each fund area can still pay, by area code."""
    return await service.all_outlooks(session=session)


@router.put("/{code}", response_model=FundOutlook)
async def report_figures(code: str, body: FundFigures, session: Session, settings: Settings) -> object:
    """Report a fund area's figures; below the threshold an alert is raised and published."""
    return await service.report_figures(session=session, settings=settings, code=code, figures=body)


@router.get("/{code}", response_model=FundOutlook)
async def outlook(code: str, session: Session) -> object:
    """How many months the fund area can still pay."""
    return await service.area_outlook(session=session, code=code)


@router.get("/{code}/forecast", response_model=FundForecast)
async def forecast(code: str, session: Session, today: Today, months: Annotated[int, Query(ge=1, le=24)] = 6) -> object:
    """The fund area's months ahead: running benefits until they end, new ones at the current claim rate."""
    return await service.forecast(session=session, code=code, today=today, months=months)
