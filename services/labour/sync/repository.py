from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.models import Change, ChangeKind, SyncReceipt, UploadKind
from shared.db import insert_rows
from shared.feeds import number_committed_rows
from shared.pagination import PageRequest, fetch_page
from shared.repository import where_given


class SyncRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def receipts(self, *, kind: UploadKind, keys: Sequence[str]) -> dict[str, tuple[str, int]]:
        """(content hash, record id) of each key an earlier upload of this kind settled."""
        rows = await self.session.scalars(
            select(SyncReceipt).where(SyncReceipt.kind == kind, SyncReceipt.idempotency_key.in_(keys))
        )
        return {r.idempotency_key: (r.content_hash, r.record_id) for r in rows}

    async def add_receipts(self, receipts: Sequence[dict[str, Any]]) -> None:
        await insert_rows(self.session, SyncReceipt.__table__, receipts)

    async def add_changes(self, changes: Sequence[dict[str, Any]]) -> None:
        await insert_rows(self.session, Change.__table__, changes)

    async def changes(
        self, *, page: PageRequest, kinds: Sequence[ChangeKind] | None, centre_code: str | None
    ) -> tuple[Sequence[Change], int | None]:
        """A page of the feed after the cursor, in commit order (see shared/feeds.py)."""
        await number_committed_rows(self.session, Change)
        statement = where_given(select(Change).where(Change.position.is_not(None)), (Change.centre_code, centre_code))
        if kinds:
            statement = statement.where(Change.kind.in_(kinds))
        return await fetch_page(self.session, statement, Change.position, page)
