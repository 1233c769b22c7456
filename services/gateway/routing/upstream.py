"""Calls from the gateway to the services: pooled connections, a timeout on every call, retries
for idempotent reads, a circuit breaker per service so a dead service costs callers nothing, and
on every call the internal credential the service asks for, naming the partner it is made for."""

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx
import orjson
import structlog

from shared import tracing
from shared.internal_credentials import Issuer
from shared.metrics import BREAKER_OPEN, UPSTREAM_LATENCY, UPSTREAM_RETRIES
from shared.problems import Problem, ServiceUnavailable

log = structlog.get_logger(__name__)

_RETRYABLE_STATUS = {502, 503, 504}


class UpstreamFailed(Problem):
    status, slug, title = 502, "upstream-failed", "Bad gateway"


class UpstreamTimedOut(Problem):
    status, slug, title = 504, "upstream-timeout", "Gateway timeout"


@dataclass
class CircuitBreaker:
    """Opens after `threshold` failures in a row. After `cooldown` seconds it is half-open: exactly
    one trial call goes through while the others are still refused; the trial's success closes it,
    its failure opens it for another cool-down. Ours because the maintained asyncio breakers
    (aiobreaker, purgatory) let every concurrent call through while half-open."""

    threshold: int = 5
    cooldown: float = 10.0
    failures: int = 0
    opened_at: float | None = None
    trial_running: bool = False

    def admit(self) -> float | None:
        """None when this call may go through (past the cool-down, as the one trial), else the
        seconds until a call may be tried."""
        if self.opened_at is None:
            return None
        remaining = self.cooldown - (time.monotonic() - self.opened_at)
        if remaining > 0:
            return remaining
        if self.trial_running:
            return 1.0  # a trial is under way and decides; ask again shortly
        self.trial_running = True
        return None

    def succeeded(self) -> None:
        self.failures, self.opened_at, self.trial_running = 0, None, False

    def failed(self, *, trial: bool = False) -> None:
        """A call failed; a failed trial opens the breaker for another cool-down."""
        self.failures += 1
        if trial:
            self.trial_running = False
        if self.failures >= self.threshold:
            self.opened_at = time.monotonic()

    def abandoned(self) -> None:
        """The trial ended without an answer either way (its caller went away): the next call tries."""
        self.trial_running = False


@dataclass
class Upstreams:
    """One pooled client and one breaker per service; each client signs its calls for its service."""

    clients: Mapping[str, httpx.AsyncClient]
    issuer: Issuer | None = None  # signs every call for its service; None: unsigned, and refused
    timeout_seconds: float = 5.0
    retries: int = 2
    breakers: dict[str, CircuitBreaker] = field(default_factory=dict)

    @classmethod
    def connect(
        cls,
        urls: Mapping[str, str],
        *,
        timeout_seconds: float,
        issuer: Issuer | None = None,
        transports: Mapping[str, httpx.AsyncBaseTransport] | None = None,
    ) -> "Upstreams":
        """Clients for the services at these base URLs, signing as `issuer` (without one, calls go
        unsigned and a service refuses them; tests may hand in transports)."""
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        clients = {
            name: httpx.AsyncClient(
                base_url=url,
                timeout=timeout_seconds,
                limits=limits,
                transport=(transports or {}).get(name),
            )
            for name, url in urls.items()
        }
        for name, client in clients.items():
            tracing.instrument_client(client, "gateway")
            BREAKER_OPEN.labels(name).set(0)
        return cls(
            clients=clients,
            issuer=issuer,
            timeout_seconds=timeout_seconds,
            breakers={name: CircuitBreaker() for name in urls},
        )

    async def close(self) -> None:
        """Close every pooled connection."""
        await asyncio.gather(*(client.aclose() for client in self.clients.values()))

    async def call(
        self,
        service: str,
        method: str,
        path: str,
        *,
        params: list[tuple[str, str]] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """The service's response; 503 problem while its breaker is open, 504 when it did not answer
        in time, 502 when the exchange failed or it answered with a server error."""
        breaker = self.breakers[service]
        if (wait := breaker.admit()) is not None:
            raise ServiceUnavailable(
                f"{service} is unavailable; try again in {wait:.0f} s", service=service, retry_after=max(1, round(wait))
            )
        trial = breaker.trial_running  # admitted while a trial runs: this call is the trial
        try:
            # The trial is one request: a service just back is not met with repeats.
            response = await self._exchange(
                service,
                method,
                path,
                params=params,
                content=content,
                headers=headers,
                retries=0 if trial else self.retries,
            )
        except (UpstreamFailed, UpstreamTimedOut):
            breaker.failed(trial=trial)
            BREAKER_OPEN.labels(service).set(breaker.opened_at is not None)
            raise
        except BaseException:
            if trial:
                breaker.abandoned()
            raise
        breaker.succeeded()
        BREAKER_OPEN.labels(service).set(0)
        return response

    def _signed(self, service: str, headers: Mapping[str, str] | None) -> dict[str, str]:
        """The call's headers and a credential of its own (each attempt's fresh: a retry never
        carries one near its end), for the partner the request acts for."""
        return dict(headers or {}) | (self.issuer.headers(service) if self.issuer else {})

    async def _exchange(
        self,
        service: str,
        method: str,
        path: str,
        *,
        params: list[tuple[str, str]] | None,
        content: bytes | None,
        headers: Mapping[str, str] | None,
        retries: int,
    ) -> httpx.Response:
        """The service's answer below 500, a read tried `retries` more times; 504 when it did not
        answer in time, 502 when the exchange failed or it answered with a server error."""
        attempts = 1 + (retries if method == "GET" else 0)  # only reads are safe to repeat
        for attempt in range(attempts):
            if attempt:
                UPSTREAM_RETRIES.labels(service).inc()
            started = time.perf_counter()
            try:
                # A deadline for the whole answer, on top of httpx's per-phase timeouts.
                async with asyncio.timeout(self.timeout_seconds):
                    response = await self.clients[service].request(
                        method,
                        path,
                        params=tuple(params or ()),
                        content=content,
                        headers=self._signed(service, headers),
                    )
            except (httpx.HTTPError, httpx.InvalidURL, TimeoutError) as error:
                UPSTREAM_LATENCY.labels(service, "error").observe(time.perf_counter() - started)
                # Any failure of the exchange itself, whatever the client library calls it, is the
                # gateway's to answer as problem+json, never a 500 or a dropped connection.
                timed_out = isinstance(error, (httpx.TimeoutException, TimeoutError))
                failure = f"{type(error).__name__}"
            else:
                UPSTREAM_LATENCY.labels(service, f"{response.status_code // 100}xx").observe(
                    time.perf_counter() - started
                )
                if response.status_code == 401:
                    # The service refused the gateway's own credential (keys configured apart): the
                    # gateway's fault, never the partner's, so never passed on as the partner's 401.
                    log.error("upstream_refused_internal_credential", service=service, path=path)
                    raise UpstreamFailed(f"{service} refused the gateway's internal credential", service=service)
                if response.status_code not in _RETRYABLE_STATUS:
                    if response.status_code >= 500:
                        raise UpstreamFailed(f"{service} failed with {response.status_code}", service=service)
                    _check_json(service, response)
                    return response
                failure, timed_out = f"status {response.status_code}", response.status_code == 504
            log.warning("upstream_call_failed", service=service, path=path, attempt=attempt + 1, failure=failure)
            if attempt + 1 < attempts:
                await asyncio.sleep(0.05 * 4**attempt)
        if timed_out:
            raise UpstreamTimedOut(f"{service} did not answer within {self.timeout_seconds:g} s", service=service)
        raise UpstreamFailed(f"{service} could not be reached ({failure})", service=service)


def _check_json(service: str, response: httpx.Response) -> None:
    """An answer that says it is JSON is JSON: the gateway reshapes what it forwards (minimises,
    links, audits), and a body it cannot read is the service's failure, a 502, never the gateway's 500."""
    if "json" in response.headers.get("content-type", "") and response.content:
        try:
            orjson.loads(response.content)
        except orjson.JSONDecodeError:
            log.error("upstream_answer_malformed", service=service, status=response.status_code)
            raise UpstreamFailed(f"{service} answered with a malformed JSON body", service=service) from None
