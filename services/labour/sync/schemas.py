from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from services.labour.models import ChangeKind
from shared.ndjson import LineResult


class RecordResult(LineResult):
    """What the upload did with one line (an upload never updates: a key's record is fixed)."""

    idempotency_key: str | None


class UploadReport(BaseModel):
    created: int
    unchanged: int
    rejected: int
    results: list[RecordResult]


class ChangeRead(BaseModel):
    seq: int = Field(
        description="the change's place in the feed (in the order changes were committed): pass the last as `after`"
    )
    kind: ChangeKind
    record_id: int
    centre_code: str | None
    changed_at: datetime
    record: dict[str, Any]


class ChangePage(BaseModel):
    items: list[ChangeRead]
    next_after: int | None = Field(description="the `after` of the next pull; null when up to date")
