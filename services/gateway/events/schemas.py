from datetime import datetime
from typing import Any

from shared.schemas import Schema


class PartnerEventRead(Schema):
    seq: int
    id: str
    type: str
    subject: str
    time: datetime
    data: dict[str, Any]


class PartnerEventPage(Schema):
    items: list[PartnerEventRead]
    next_after: int
