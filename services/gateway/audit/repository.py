from collections.abc import AsyncIterator, Sequence
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import AuditEntry

# One writer at a time extends the chain (PostgreSQL; SQLite's writes are serial already).
_CHAIN_LOCK_KEY = 0x4C4C_A0D1


class AuditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock_chain(self) -> None:
        if self.session.bind.dialect.name == "postgresql":
            await self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK_KEY})

    async def last(self) -> AuditEntry | None:
        return await self.session.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))

    async def add_all(self, rows: Sequence[dict[str, Any]]) -> None:
        self.session.add_all(AuditEntry(**row) for row in rows)
        await self.session.flush()

    async def in_order(self, batch: int = 5000) -> AsyncIterator[AuditEntry]:
        after = 0
        while True:
            rows = (
                await self.session.scalars(
                    select(AuditEntry).where(AuditEntry.seq > after).order_by(AuditEntry.seq).limit(batch)
                )
            ).all()
            if not rows:
                return
            for row in rows:
                yield row
            after = rows[-1].seq

    async def of_person(self, national_id: str, *, after: int, limit: int) -> Sequence[AuditEntry]:
        return (
            await self.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.national_id == national_id, AuditEntry.seq > after)
                .order_by(AuditEntry.seq)
                .limit(limit)
            )
        ).all()
