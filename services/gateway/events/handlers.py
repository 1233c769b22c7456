"""The gateway keeps every event of the three services for partner agencies to pull, and reports from them."""

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.events.catalogue import EVENT_CATEGORIES
from services.gateway.events.repository import PartnerEventRepository
from services.gateway.reports.projection import project_for_reports
from shared.db import utcnow
from shared.events.envelope import CloudEvent
from shared.messaging.inbox import Handler


async def keep_for_partners(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Append the events to the partners' feed, in bus order."""
    received = utcnow()
    await PartnerEventRepository(session).add_all([
        {"event_id": e.id, "event_type": e.type, "subject": e.subject or "", "time": e.time, "data": e.data, "received_at": received}
        for e in events
    ])


async def received(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
    """Every event is kept for partners to pull and projected into the report tables."""
    await keep_for_partners(session, events)
    await project_for_reports(session, events)


HANDLERS: dict[str, Handler] = {event_type: received for event_type in EVENT_CATEGORIES}
