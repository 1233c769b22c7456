"""What the gateway's own partner reads answer (the routed operations answer with the services' schemas)."""

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from services.gateway.routing.routes import CHANGE_KINDS

# The person record's schema is made from the services' own reads when the partner document is
# (services/gateway/documents/openapi.py): its sections are their answers.
PERSON_RECORD_SCHEMA = "PersonRecord"
PERSON_RECORD = {
    "description": "the person's record, a section per data category the caller may read",
    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{PERSON_RECORD_SCHEMA}"}}},
}


class ChangeRead(BaseModel):
    """A record's new state on the labour change feed, as a partner receives it: its links on the
    gateway's paths and the fields its agency may not see cut."""

    seq: int = Field(description="the change's place in the feed: pass the last as `after`")
    kind: str = Field(description=f"the record's kind: {', '.join(sorted(CHANGE_KINDS))}")
    record_id: int
    centre_code: str | None
    changed_at: datetime
    record: dict[str, Any] = Field(description="the record as its own read returns it")


class ChangePage(BaseModel):
    items: list[ChangeRead]
    next_after: int | None = Field(description="the `after` of the next pull; null when up to date")
