"""Calls from the gateway to the services: pooled connections, a timeout on every call, retries
for idempotent reads, and a circuit breaker per service so a dead service costs callers nothing."""

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx
import structlog

from shared.problems import Problem, ServiceUnavailable

log = structlog.get_logger(__name__)

_RETRYABLE_STATUS = {502, 503, 504}


class UpstreamFailed(Problem):
    status, slug, title = 502, "upstream-failed", "Bad gateway"


class UpstreamTimedOut(Problem):
    status, slug, title = 504, "upstream-timeout", "Gateway timeout"


@dataclass
class CircuitBreaker:
    """Opens after `threshold` failures in a row; lets one trial call through after `cooldown` seconds."""

    threshold: int = 5
    cooldown: float = 10.0
    failures: int = 0
    opened_at: float | None = None

    def retry_after(self) -> float | None:
        """Seconds until a call may be tried, or None when calls may go through now."""
        if self.opened_at is None:
            return None
        remaining = self.cooldown - (time.monotonic() - self.opened_at)
        return remaining if remaining > 0 else None  # past the cooldown: half-open, one trial goes

    def succeeded(self) -> None:
        self.failures, self.opened_at = 0, None

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = time.monotonic()


@dataclass
class Upstreams:
    """One pooled client and one breaker per service."""

    clients: Mapping[str, httpx.AsyncClient]
    timeout_seconds: float = 5.0
    retries: int = 2
    breakers: dict[str, CircuitBreaker] = field(default_factory=dict)

    @classmethod
    def connect(
        cls, urls: Mapping[str, str], *, timeout_seconds: float, transports: Mapping[str, httpx.AsyncBaseTransport] | None = None,
    ) -> "Upstreams":
        """Clients for the services at these base URLs (tests may hand in transports)."""
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        clients = {
            name: httpx.AsyncClient(base_url=url, timeout=timeout_seconds, limits=limits,
                                    transport=(transports or {}).get(name))
            for name, url in urls.items()
        }
        return cls(clients=clients, timeout_seconds=timeout_seconds, breakers={name: CircuitBreaker() for name in urls})

    async def close(self) -> None:
        """Close every pooled connection."""
        await asyncio.gather(*(client.aclose() for client in self.clients.values()))

    async def call(
        self, service: str, method: str, path: str, *, params: list[tuple[str, str]] | None = None,
        content: bytes | None = None, headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """The service's response; 503 problem while its breaker is open, 504 when it did not answer
        in time, 502 when the exchange failed or it answered with a server error."""
        breaker = self.breakers[service]
        if (wait := breaker.retry_after()) is not None:
            raise ServiceUnavailable(f"{service} is unavailable; try again in {wait:.0f} s", service=service,
                                     retry_after=max(1, round(wait)))
        attempts = 1 + (self.retries if method == "GET" else 0)  # only reads are safe to repeat
        for attempt in range(attempts):
            try:
                # A deadline for the whole answer, on top of httpx's per-phase timeouts.
                async with asyncio.timeout(self.timeout_seconds):
                    response = await self.clients[service].request(method, path, params=params, content=content, headers=headers)
            except (httpx.HTTPError, httpx.InvalidURL, TimeoutError) as error:
                # Any failure of the exchange itself, whatever the client library calls it, is the
                # gateway's to answer as problem+json, never a 500 or a dropped connection.
                timed_out = isinstance(error, (httpx.TimeoutException, TimeoutError))
                failure = f"{type(error).__name__}"
            else:
                if response.status_code not in _RETRYABLE_STATUS:
                    if response.status_code >= 500:
                        breaker.failed()
                        raise UpstreamFailed(f"{service} failed with {response.status_code}", service=service)
                    breaker.succeeded()
                    return response
                failure, timed_out = f"status {response.status_code}", response.status_code == 504
            log.warning("upstream_call_failed", service=service, path=path, attempt=attempt + 1, failure=failure)
            if attempt + 1 < attempts:
                await asyncio.sleep(0.05 * 4**attempt)
        breaker.failed()
        if timed_out:
            raise UpstreamTimedOut(f"{service} did not answer within {self.timeout_seconds:g} s", service=service)
        raise UpstreamFailed(f"{service} could not be reached ({failure})", service=service)
