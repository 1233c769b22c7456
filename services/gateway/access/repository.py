"""Every query of access: the rate-limit windows and the token endpoint's lock-outs that all gateway
replicas share, and where the people a request touches are registered."""

from typing import Any, cast

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import ClientLockout, RateLimitWindow, ReportCase
from shared.repository import rows_changed, where_given


def _upsert(session: AsyncSession) -> Any:
    """The `insert` of the session's dialect, which knows ON CONFLICT."""
    return (postgresql if session.get_bind().dialect.name == "postgresql" else sqlite).insert


class RateLimitRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def hit(self, key: str, *, amount: int, now: float, window_seconds: float) -> int:
        """Count `amount` requests in the key's window, a new one when the last has expired; the
        window's count so far. One statement, so replicas hitting the same key at once all count."""
        expired = RateLimitWindow.expires_at <= now
        statement = _upsert(self.session)(RateLimitWindow).values(key=key, hits=amount, expires_at=now + window_seconds)
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


class LockoutRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def locked_until(self, client_id: str) -> float:
        """Until when the client is locked out (epoch seconds; 0: it is not)."""
        statement = select(ClientLockout.locked_until).where(ClientLockout.client_id == client_id)
        return await self.session.scalar(statement) or 0.0

    async def failed(self, client_id: str) -> int:
        """Count one more bad secret; the client's consecutive count. One statement, so replicas
        counting at once all count."""
        statement = _upsert(self.session)(ClientLockout).values(client_id=client_id, failures=1, locked_until=0.0)
        statement = statement.on_conflict_do_update(
            index_elements=[ClientLockout.client_id], set_={"failures": ClientLockout.failures + 1}
        )
        return cast(int, await self.session.scalar(statement.returning(ClientLockout.failures)))

    async def lock(self, client_id: str, *, until: float) -> None:
        await self.session.execute(
            update(ClientLockout).where(ClientLockout.client_id == client_id).values(locked_until=until)
        )

    async def clear(self, client_id: str) -> None:
        await self.session.execute(delete(ClientLockout).where(ClientLockout.client_id == client_id))


class AreaRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def registered_within(
        self, national_ids: set[str], *, province: str | None, district: str | None, centre_code: str | None
    ) -> set[str]:
        """Of these people, those with a registration in the area (each given part of it must hold)."""
        statement = where_given(
            select(ReportCase.national_id).where(ReportCase.national_id.in_(national_ids)).distinct(),
            (ReportCase.province, province),
            (ReportCase.district, district),
            (ReportCase.centre_code, centre_code),
        )
        return set((await self.session.scalars(statement)).all())
