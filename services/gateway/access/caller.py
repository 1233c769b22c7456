"""Who is calling: authenticated by API key or access token, limited in rate, checked for scopes."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated

import structlog
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access import tokens
from services.gateway.access.policy import AgencyKind, Category, effective_scopes, hidden_fields, scope
from services.gateway.dependencies import Settings
from services.gateway.partners import credentials
from services.gateway.partners.repository import ClientRepository, CredentialRepository
from services.gateway.settings import GatewaySettings
from shared.metrics import RATE_LIMIT_REFUSALS
from shared.problems import Forbidden, InvalidInput, Problem, TooManyRequests, Unauthorized

PERSON_PREFIX = "person:"
PERSON_RATE_LIMIT = 60


@dataclass(frozen=True)
class Caller:
    """An authenticated client of a partner agency, or a person holding their own token."""

    client_id: str
    agency_code: str
    agency_kind: AgencyKind | None
    scopes: frozenset[str]
    rate_limit_per_minute: int
    national_id: str | None = None  # set for a person's own token

    @property
    def hidden(self) -> frozenset[str]:
        """Fields this caller's agency kind never receives."""
        return hidden_fields(self.agency_kind) if self.agency_kind else frozenset()

    def may(self, category: Category, action: str) -> bool:
        return scope(category, action) in self.scopes

    def readable(self, requested: list[str] | None, categories: Mapping[str, Category], *, field: str) -> list[str]:
        """Of the kinds of records (or events) asked for, or else of all, the ones this caller may
        read: 422 for an unknown kind, 403 naming the scope for a kind it may not read."""
        if unknown := sorted(set(requested or ()) - categories.keys()):
            raise InvalidInput.of(field, "known_kind", f"unknown: {unknown}")
        for kind in requested or ():
            self.require(categories[kind], "read")
        allowed = requested or sorted(k for k, c in categories.items() if self.may(c, "read"))
        if not allowed:
            raise Forbidden(
                f"no {field} are readable with this client's scopes",
                missing_scope=sorted({scope(c, "read") for c in categories.values()}),
            )
        return allowed

    def require_any(self, scopes: Sequence[str]) -> None:
        """Refuse the call (403 naming the scopes) unless the caller holds one of them."""
        if scopes and not self.scopes & set(scopes):
            missing = scopes[0] if len(scopes) == 1 else sorted(scopes)
            raise Forbidden(
                f"this call needs {'the scope' if len(scopes) == 1 else 'one of the scopes'} "
                f"{', '.join(sorted(scopes))}, which client {self.client_id} was not granted",
                missing_scope=missing,
            )

    def require(self, category: Category, action: str) -> None:
        """Refuse the call (403 naming the scope) unless the caller holds it."""
        if not self.may(category, action):
            needed = scope(category, action)
            raise Forbidden(
                f"this call needs the scope {needed}, which client {self.client_id} was not granted",
                missing_scope=needed,
            )


def _presented(request: Request) -> tuple[str, str] | None:
    authorization = request.headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value:
        return "token", value.strip()
    if api_key := request.headers.get("x-api-key"):
        return "api_key", api_key.strip()
    return None


async def identified(request: Request, session: AsyncSession, settings: GatewaySettings) -> Caller:
    """Who presents the request's credentials, or a 401 problem."""
    presented = _presented(request)
    if presented is None:
        raise Unauthorized("send an access token (Authorization: Bearer) or an API key (X-API-Key)")
    kind, value = presented
    if kind == "token":
        claims = tokens.verify(
            value,
            keys=[settings.token_signing_key, *settings.token_previous_keys],
            leeway_seconds=settings.token_leeway_seconds,
        )
        if claims is None:
            raise Unauthorized("the access token is invalid or has expired")
        if claims.subject.startswith(PERSON_PREFIX):
            return Caller(
                client_id=claims.subject,
                agency_code="person",
                agency_kind=None,
                scopes=frozenset(claims.scopes),
                rate_limit_per_minute=PERSON_RATE_LIMIT,
                national_id=claims.subject.removeprefix(PERSON_PREFIX),
            )
        found = await ClientRepository(session).with_agency(claims.subject)
        if found is None or not found[0].active:
            raise Unauthorized("the client of this token is unknown or deactivated")
        client, agency = found
        # The token's scopes, as far as the client still holds them.
        granted = frozenset(claims.scopes) & effective_scopes(agency.kind, client.scopes)
    else:
        parts = credentials.split(value)
        live = await CredentialRepository(session).live_by_lookup(parts[0]) if parts else None
        if (
            parts is None
            or live is None
            or live[0].kind != "api_key"
            or not credentials.matches(parts[1], live[0].secret_hash)
        ):
            raise Unauthorized("the API key is unknown or revoked")
        _, client, agency = live
        if not client.active:
            raise Unauthorized("the client of this API key is deactivated")
        granted = effective_scopes(agency.kind, client.scopes)
    return Caller(
        client_id=client.client_id,
        agency_code=agency.code,
        agency_kind=agency.kind,
        scopes=granted,
        rate_limit_per_minute=client.rate_limit_per_minute,
    )


# Where a request's verdict is kept: the Idempotency-Key middleware asks for the caller before the
# route does, and one request is counted once.
ADMISSION_STATE = "caller_admission"


async def authenticate(request: Request, settings: Settings) -> Caller:
    """The caller of this request, within its rate limit; a 401 or 429 problem otherwise. Every
    partner route depends on it."""
    verdict: Caller | Problem | None = getattr(request.state, ADMISSION_STATE, None)
    if verdict is None:
        try:
            # A session of its own, closed before the count: on SQLite an open transaction holds
            # the write lock that counting needs.
            async with request.app.state.sessionmaker() as session:
                caller = await identified(request, session, settings)
            # Logs and metrics of the request name the partner client from here on (a person holding
            # their own token as "person": an ID is no label, and one per person would swamp the metrics).
            partner = "person" if caller.national_id else caller.client_id
            request.state.partner_client = partner
            structlog.contextvars.bind_contextvars(partner_client=partner)
            try:
                await request.app.state.rate_limits.take(caller.client_id, caller.rate_limit_per_minute)
            except TooManyRequests:
                RATE_LIMIT_REFUSALS.labels(partner).inc()
                raise
            verdict = caller
        except (Unauthorized, TooManyRequests) as refusal:
            verdict = refusal
        setattr(request.state, ADMISSION_STATE, verdict)
    if isinstance(verdict, Problem):
        raise verdict
    return verdict


async def idempotency_owner(request: Request) -> str | None:
    """The client whose Idempotency-Keys a request's key belongs with (None: the request will be
    refused for its credentials or its rate)."""
    try:
        return (await authenticate(request, request.app.state.settings)).client_id
    except (Unauthorized, TooManyRequests):
        return None


Authenticated = Annotated[Caller, Depends(authenticate)]
