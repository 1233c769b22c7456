"""Base classes of request and response bodies."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

# A calendar month, YYYY-MM, in the years records can be about.
MONTH_PATTERN = r"^(19|20|21)\d{2}-(0[1-9]|1[0-2])$"


class Schema(BaseModel):
    """A body read from ORM rows or request JSON; unknown fields are refused."""

    model_config = ConfigDict(from_attributes=True, extra="forbid")


class RecordRead(Schema):
    """What every stored record shows."""

    id: int
    created_at: datetime


class PersonRecordRead(RecordRead):
    """A record about one person, naming them (a read of it is attributed to that person)."""

    national_id: str = Field(description="the person the record is about")
