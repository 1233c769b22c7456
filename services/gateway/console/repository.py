"""The console's queries of the gateway's own tables: the access log searched, and the missed
job-search notices among the events the gateway keeps."""

import operator
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import String, cast, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.console.schemas import AuditQuery
from services.gateway.models import AuditEntry, PartnerEvent, ReportCase
from shared.events.labour import JobSearchNoticeMissed
from shared.repository import where_given


def _start_of(day: date | None) -> datetime | None:
    return None if day is None else datetime.combine(day, time(), UTC)


class ConsoleRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def audit_entries(self, query: AuditQuery) -> Sequence[AuditEntry]:
        """The newest entries that meet every criterion given."""
        # categories is a JSON list of names: a name between quotes matches that name only.
        category = None if query.category is None else f'"{query.category}"'
        statement = where_given(
            select(AuditEntry),
            (AuditEntry.national_id, query.national_id),
            (AuditEntry.client_id, query.client_id),
            (cast(AuditEntry.categories, String), category, lambda c, v: c.contains(v, autoescape=True)),
            (AuditEntry.purpose, query.purpose, lambda c, v: c.icontains(v, autoescape=True)),
            (AuditEntry.at, _start_of(query.since), operator.ge),
            (AuditEntry.at, _start_of(query.until and query.until + timedelta(days=1)), operator.lt),
        )
        return (await self.session.scalars(statement.order_by(AuditEntry.seq.desc()).limit(query.limit))).all()

    async def audit_entry(self, seq: int) -> AuditEntry | None:
        return await self.session.get(AuditEntry, seq)

    async def missed_notices(self, *, centre_code: str, limit: int) -> Sequence[tuple[PartnerEvent, ReportCase]]:
        """The latest missed-notice events of the centre's registrations (the event names the
        registration; the gateway's report case knows its centre)."""
        statement = (
            select(PartnerEvent, ReportCase)
            .join(ReportCase, ReportCase.registration_id == PartnerEvent.data["registration_id"].as_integer())
            .where(PartnerEvent.event_type == JobSearchNoticeMissed.event_type, ReportCase.centre_code == centre_code)
            .order_by(PartnerEvent.seq.desc())
            .limit(limit)
        )
        return [(event, case) for event, case in (await self.session.execute(statement)).all()]
