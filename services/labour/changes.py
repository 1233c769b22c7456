"""The change feed: every record a service writes is appended here for centres to pull."""

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.models import Change


def track_change(session: AsyncSession, *, kind: str, record: BaseModel, centre_code: str | None = None) -> None:
    """Append a record's new state to the change feed (same transaction as the write)."""
    snapshot = record.model_dump(mode="json")
    session.add(Change(kind=kind, record_id=snapshot["id"], centre_code=centre_code, snapshot=snapshot))
