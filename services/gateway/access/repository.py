"""Every query of access: the rate-limit windows that all gateway replicas count in."""

from typing import cast

from sqlalchemy import case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import RateLimitWindow
from shared.repository import rows_changed


class RateLimitRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def hit(self, key: str, *, amount: int, now: float, window_seconds: float) -> int:
        """Count `amount` requests in the key's window, a new one when the last has expired; the
        window's count so far. One statement, so replicas hitting the same key at once all count."""
        dialect = postgresql if self.session.get_bind().dialect.name == "postgresql" else sqlite
        expired = RateLimitWindow.expires_at <= now
        statement = dialect.insert(RateLimitWindow).values(key=key, hits=amount, expires_at=now + window_seconds)
        statement = statement.on_conflict_do_update(
            index_elements=[RateLimitWindow.key],
            set_={
                "hits": case((expired, amount), else_=RateLimitWindow.hits + amount),
                "expires_at": case((expired, now + window_seconds), else_=RateLimitWindow.expires_at),
            },
        )
        return cast(int, await self.session.scalar(statement.returning(RateLimitWindow.hits)))

    async def hits(self, key: str, *, now: float) -> int:
        """The count of the key's window, 0 when it has expired."""
        found = await self.session.scalar(
            select(RateLimitWindow.hits).where(RateLimitWindow.key == key, RateLimitWindow.expires_at > now)
        )
        return found or 0

    async def expires_at(self, key: str) -> float | None:
        """When the key's window ends, if it has one."""
        return await self.session.scalar(select(RateLimitWindow.expires_at).where(RateLimitWindow.key == key))

    async def forget(self, key: str | None = None) -> int:
        """Remove the key's window, or every window; how many were removed."""
        statement = delete(RateLimitWindow)
        if key is not None:
            statement = statement.where(RateLimitWindow.key == key)
        return await rows_changed(self.session, statement)

    async def forget_expired(self, *, now: float) -> int:
        """Remove the windows that have ended; how many were removed."""
        return await rows_changed(self.session, delete(RateLimitWindow).where(RateLimitWindow.expires_at <= now))
