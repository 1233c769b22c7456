"""The change feed: every record a service writes is appended here for centres to pull."""

from collections.abc import Sequence

from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.models import ChangeKind
from services.labour.sync.repository import SyncRepository
from shared.db import utcnow


async def track_changes(
    session: AsyncSession, *, kind: ChangeKind, entries: Sequence[tuple[BaseModel, str | None]]
) -> None:
    """Append records' new state (each with its centre, if any) to the change feed, in the write's transaction."""
    if not entries:
        return
    now = utcnow()
    rows = []
    for record, centre_code in entries:
        snapshot = record.model_dump(mode="json")
        rows.append(
            {
                "kind": kind,
                "record_id": snapshot["id"],
                "centre_code": centre_code,
                "snapshot": snapshot,
                "changed_at": now,
            }
        )
    await SyncRepository(session).add_changes(rows)


async def track_change(
    session: AsyncSession, *, kind: ChangeKind, record: BaseModel, centre_code: str | None = None
) -> None:
    """Append one record's new state to the change feed."""
    await track_changes(session, kind=kind, entries=[(record, centre_code)])
