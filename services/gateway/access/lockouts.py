"""The token endpoint's lock-out: after `failures` consecutive bad secrets a client is refused for
`first_seconds`, each further bad secret doubling the wait up to `max_seconds`, its good secret
included (an attacker gains nothing by guessing on). The counts are in the gateway's database, so
every replica holds the same lock; a bad secret's count is committed at once, before the request
is refused (a refused request's transaction is rolled back). A good secret, once the lock has run
out, clears the count with the request."""

import math
import time
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access.repository import LockoutRepository
from services.gateway.settings import GatewaySettings
from shared.problems import Problem

RULE = "token_lockout"


class LockedOut(Problem):
    status, slug, title = 429, "client-locked-out", "Client locked out"


@dataclass(frozen=True)
class Lockouts:
    session: AsyncSession  # the token request's
    failures: int
    first_seconds: float
    max_seconds: float

    @classmethod
    def of(cls, session: AsyncSession, settings: GatewaySettings) -> "Lockouts":
        return cls(
            session, settings.token_lockout_failures, settings.token_lockout_seconds, settings.token_lockout_max_seconds
        )

    async def check(self, client_id: str) -> None:
        """429 naming the rule, with Retry-After, while the client is locked out."""
        locked_until = await LockoutRepository(self.session).locked_until(client_id)
        if (wait := locked_until - time.time()) > 0:
            raise LockedOut(
                f"client {client_id} is locked out after {self.failures} or more bad secrets in a row; "
                f"try again in {math.ceil(wait)} s",
                rule=RULE,
                failures_allowed=self.failures,
                retry_after=math.ceil(wait),
            )

    async def failed(self, client_id: str) -> None:
        """Count a bad secret, committed; from the threshold on, lock the client out, twice as long each time."""
        repository = LockoutRepository(self.session)
        failures = await repository.failed(client_id)
        if failures >= self.failures:
            doublings = min(failures - self.failures, 32)  # the cap is reached long before
            wait = min(self.max_seconds, self.first_seconds * 2**doublings)
            await repository.lock(client_id, until=time.time() + wait)
        await self.session.commit()

    async def succeeded(self, client_id: str) -> None:
        """A good secret: the count starts again (with the request's transaction)."""
        await LockoutRepository(self.session).clear(client_id)
