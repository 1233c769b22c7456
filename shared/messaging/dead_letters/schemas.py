"""What goes over HTTP and out of `labourlink dlq --json`."""

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from shared.messaging.tables import Resolution
from shared.schemas import Schema


class DeadLetterRead(BaseModel):
    """One dead letter as the list shows it."""

    service: str
    consumer_group: str
    event_id: str
    event_type: str
    topic: str = Field(description="the topic the event was consumed from (its dead letter is on `<topic>.dlq`)")
    partition: int
    offset: int
    event_time: datetime
    dead_lettered_at: datetime
    attempts: int | None = Field(description="handler attempts made; null when the DLQ topic no longer holds it")
    error: str | None = Field(description="the handler's error at its last attempt")


class ResolutionRead(BaseModel):
    """What an operator did with a dead letter."""

    resolution: Resolution
    resolved_by: str
    resolved_at: datetime
    reason: str | None


class DeadLetterDetail(DeadLetterRead):
    """One dead letter with what it carried and what became of it."""

    open: bool
    subject: str | None
    data: Any = Field(description="the event's payload; null when the DLQ topic no longer holds it")
    headers: dict[str, str] = Field(description="the dead letter's headers: CloudEvents attributes and dlq_*")
    resolutions: list[ResolutionRead]


class Change(BaseModel):
    """A statement the handler ran, with the rows it changed."""

    statement: str = Field(description="INSERT, UPDATE or DELETE")
    table: str
    rows: int
    sql: str


class RedriveOutcome(StrEnum):
    applied = "applied"  # the handler applied it; the letter is resolved
    would_apply = "would_apply"  # dry run: the handler succeeded, and was rolled back
    failed = "failed"  # the handler failed again; nothing changed, the letter stays open
    not_open = "not_open"  # another re-drive or a discard resolved it first
    payload_missing = "payload_missing"  # its DLQ topic no longer holds it: nothing to apply


class RedriveResult(BaseModel):
    """What re-driving one dead letter did (or, in a dry run, would do)."""

    event_id: str
    event_type: str
    outcome: RedriveOutcome
    error: str | None = None
    changes: list[Change] = Field(default_factory=list)


class DiscardRequest(Schema):
    """Why the dead letter will never be applied."""

    reason: str = Field(min_length=3, max_length=2000)
