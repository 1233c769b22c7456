"""FastAPI dependencies of the job matching service."""

from datetime import date
from typing import Annotated

from fastapi import Depends, Query
from sqlalchemy.ext.asyncio import AsyncSession

from shared.clock import request_today
from shared.db import request_session

Session = Annotated[AsyncSession, Depends(request_session)]
Today = Annotated[date, Depends(request_today)]


def on_date(today: Today, on: date | None = Query(None, description="the day to act as of (default: today)")) -> date:
    """The day a request acts as of: vacancies past their closing date are not offered."""
    return on or today


OnDate = Annotated[date, Depends(on_date)]
