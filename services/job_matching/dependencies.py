"""FastAPI dependencies of the job matching service."""

from datetime import date
from typing import Annotated

from fastapi import Depends, Query
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db import request_session, utcnow

Session = Annotated[AsyncSession, Depends(request_session)]


def on_date(on: date | None = Query(None, description="the day to act as of (default: today, UTC)")) -> date:
    """The day a request acts as of: vacancies past their closing date are not offered."""
    return on or utcnow().date()


OnDate = Annotated[date, Depends(on_date)]
