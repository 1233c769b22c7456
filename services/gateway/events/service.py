"""The partners' event feed: every event of the three services, kept in the order the gateway's
consumer committed them, served minimised to what the agency may see."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access.policy import minimised
from services.gateway.events.repository import PartnerEventRepository
from shared.db import utcnow
from shared.events.envelope import CloudEvent


async def keep_for_partners(*, session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Append the events to the partners' feed, in bus order."""
    received = utcnow()
    await PartnerEventRepository(session).add_all(
        [
            {
                "event_id": e.id,
                "event_type": e.type,
                "subject": e.subject or "",
                "time": e.time,
                "data": e.data,
                "received_at": received,
            }
            for e in events
        ]
    )


async def events_after(
    *,
    session: AsyncSession,
    after: int,
    types: Sequence[str],
    limit: int,
    hidden: frozenset[str],
) -> dict[str, Any]:
    """A page of the feed after the cursor (the cursor itself when nothing is new), minimised."""
    events = await PartnerEventRepository(session).after(after, types=types, limit=limit)
    items = [
        {
            "seq": e.position,
            "id": e.event_id,
            "type": e.event_type,
            "subject": e.subject,
            "time": e.time.isoformat(),
            "data": minimised(e.data, hidden),
        }
        for e in events
    ]
    return {"items": items, "next_after": events[-1].position if events else after}
