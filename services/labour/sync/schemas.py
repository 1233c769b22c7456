from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field


class RecordResult(BaseModel):
    """What the upload did with one line."""

    line: int
    idempotency_key: str | None
    status: Literal["created", "unchanged", "rejected"]
    id: int | None = None
    problem: dict[str, Any] | None = Field(None, description="why the record was rejected (problem details)")


class UploadReport(BaseModel):
    created: int
    unchanged: int
    rejected: int
    results: list[RecordResult]


class ChangeRead(BaseModel):
    seq: int
    kind: str
    record_id: int
    centre_code: str | None
    changed_at: datetime
    record: dict[str, Any]


class ChangePage(BaseModel):
    items: list[ChangeRead]
    next_after: int | None = Field(description="the `after` of the next pull; null when up to date")
