"""FastAPI dependencies of the social insurance service."""

from datetime import date
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.settings import SocialInsuranceSettings
from shared.clock import request_today
from shared.db import request_session

Session = Annotated[AsyncSession, Depends(request_session)]
Today = Annotated[date, Depends(request_today)]


def _settings(request: Request) -> SocialInsuranceSettings:
    return request.app.state.settings


Settings = Annotated[SocialInsuranceSettings, Depends(_settings)]
