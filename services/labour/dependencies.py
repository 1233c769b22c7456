"""FastAPI dependencies of the labour service."""

from datetime import date
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.settings import LabourSettings
from shared.clock import request_today
from shared.db import request_session
from shared.schemas import MONTH_PATTERN

Session = Annotated[AsyncSession, Depends(request_session)]
Today = Annotated[date, Depends(request_today)]


def labour_settings(request: Request) -> LabourSettings:
    """The running service's settings."""
    return request.app.state.settings


Settings = Annotated[LabourSettings, Depends(labour_settings)]

Month = Annotated[str, Query(pattern=MONTH_PATTERN, description="YYYY-MM", examples=["2026-03"])]
