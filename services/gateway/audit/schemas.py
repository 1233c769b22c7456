from datetime import datetime

from pydantic import Field

from shared.schemas import Schema


class AccessRead(Schema):
    """One access to a person's data as the person sees it."""

    seq: int
    at: datetime
    agency_code: str
    client_id: str
    categories: list[str]
    purpose: str
    action: str
    outcome: int = Field(description="the HTTP status the caller received")


class ChainVerification(Schema):
    intact: bool
    entries_checked: int
    broken_at: int | None = Field(description="the first entry whose hash does not hold")
    reason: str | None
    head_seq: int | None = Field(
        None, description="the last entry: keep it with head_hash, and pass both next time to detect a truncation"
    )
    head_hash: str | None = None
