"""Per-caller rate limits, counted in the gateway's database so that every replica enforces the
same limit. The counting is `limits`' fixed-window strategy; the storage behind it is ours: limits
ships storages for Redis, Memcached and MongoDB, none of which the platform provisions, while every
deployment has the gateway's own PostgreSQL (SQLite on one machine). One row per caller and limit,
rewritten in place, and windows that have ended are swept: nothing grows with traffic."""

import math
import time
from dataclasses import dataclass
from typing import Any

from limits import RateLimitItemPerMinute
from limits.aio.storage import Storage
from limits.aio.strategies import FixedWindowRateLimiter
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.gateway.access.repository import RateLimitRepository
from shared.problems import TooManyRequests


class DatabaseStorage(Storage):
    """limits' async storage over the gateway's rate_limit_windows table. Each call is its own short
    transaction: a count is seen by the other replicas at once and is not undone with the request."""

    STORAGE_SCHEME = ["async+gateway-database"]  # the name limits' storage_from_string knows it by

    def __init__(
        self,
        uri: str | None = None,
        wrap_exceptions: bool = False,
        *,
        sessionmaker: async_sessionmaker[AsyncSession],
        sweep_seconds: float = 60,
        **options: Any,
    ) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.sessionmaker, self.sweep_seconds = sessionmaker, sweep_seconds
        self.swept_at = -math.inf

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    async def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = time.time()
        if now - self.swept_at >= self.sweep_seconds:  # each replica sweeps now and then, not at every request
            self.swept_at = now
            # A transaction of its own: a count never waits for, or holds up, another replica's sweep.
            async with self.sessionmaker.begin() as session:
                await RateLimitRepository(session).forget_expired(now=now)
        async with self.sessionmaker.begin() as session:
            return await RateLimitRepository(session).hit(key, amount=amount, now=now, window_seconds=expiry)

    async def get(self, key: str) -> int:
        async with self.sessionmaker() as session:
            return await RateLimitRepository(session).hits(key, now=time.time())

    async def get_expiry(self, key: str) -> float:
        async with self.sessionmaker() as session:
            expires_at = await RateLimitRepository(session).expires_at(key)
        return expires_at if expires_at is not None else time.time()

    async def check(self) -> bool:
        try:
            await self.get("health-check")  # any read says whether the table answers
        except SQLAlchemyError:
            return False
        return True

    async def reset(self) -> int | None:
        async with self.sessionmaker.begin() as session:
            return await RateLimitRepository(session).forget()

    async def clear(self, key: str) -> None:
        async with self.sessionmaker.begin() as session:
            await RateLimitRepository(session).forget(key)


@dataclass(frozen=True)
class RateLimits:
    """Each caller's allowance of requests a minute, in windows of a minute. A caller may send up to
    twice its allowance across the turn of a window: the price of one row per caller."""

    strategy: FixedWindowRateLimiter

    @classmethod
    def in_database(cls, sessionmaker: async_sessionmaker[AsyncSession], **options: Any) -> "RateLimits":
        """Limits counted in the gateway's database that `sessionmaker` opens."""
        return cls(FixedWindowRateLimiter(DatabaseStorage(sessionmaker=sessionmaker, **options)))

    async def take(self, caller_id: str, per_minute: int) -> None:
        """Spend one request; 429 with Retry-After (when the window ends) once the minute's allowance is spent."""
        limit = RateLimitItemPerMinute(per_minute)
        if await self.strategy.hit(limit, caller_id):
            return
        reset_at, _ = await self.strategy.get_window_stats(limit, caller_id)
        raise TooManyRequests(
            f"client {caller_id} is over its limit of {per_minute} requests a minute",
            retry_after=max(1, math.ceil(reset_at - time.time())),
        )
