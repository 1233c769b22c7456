"""Who is calling: authenticated by API key or access token, limited in rate, checked for scopes."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated

import structlog
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access import in_flight, tokens
from services.gateway.access.areas import Area
from services.gateway.access.policy import AgencyKind, Category, effective_scopes, hidden_fields, scope
from services.gateway.dependencies import Settings
from services.gateway.partners import credentials
from services.gateway.partners.repository import ClientRepository, CredentialRepository
from services.gateway.settings import GatewaySettings
from shared.internal_credentials import acting_for
from shared.metrics import RATE_LIMIT_REFUSALS
from shared.problems import Forbidden, InvalidInput, Problem, TooManyRequests, Unauthorized

PERSON_PREFIX = "person:"
PERSON_RATE_LIMIT = 60
_PURPOSE = "X-Purpose"  # routing.admission.PURPOSE_HEADER, which imports this module


@dataclass(frozen=True)
class Caller:
    """An authenticated client of a partner agency, or a person holding their own token."""

    client_id: str
    agency_code: str
    agency_kind: AgencyKind | None
    scopes: frozenset[str]
    rate_limit_per_minute: int
    national_id: str | None = None  # set for a person's own token
    agency_id: int | None = None
    area: Area | None = None  # the agency's jurisdiction (access/areas.py); None: the whole country

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
        if claims.credential is not None:
            # Granted for a client secret: refused as soon as that secret is revoked or its client deactivated.
            granted_for = await CredentialRepository(session).live_by_lookup(claims.credential)
            if granted_for is None or not granted_for[1].active:
                raise Unauthorized("the client secret this token was granted for is revoked or its client deactivated")
            if not claims.subject.startswith(PERSON_PREFIX) and granted_for[1].client_id != claims.subject:
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
        hash_key = settings.credential_key
        if (
            parts is None
            or live is None
            or live[0].kind != "api_key"
            or not credentials.matches(parts[1], live[0].secret_hash, hash_key)
        ):
            raise Unauthorized("the API key is unknown or revoked")
        credential, client, agency = live
        if not client.active:
            raise Unauthorized("the client of this API key is deactivated")
        if (keyed := credentials.upgraded(parts[1], credential.secret_hash, hash_key)) is not None:
            credential.secret_hash = keyed
            await session.commit()
        granted = effective_scopes(agency.kind, client.scopes)
    return Caller(
        client_id=client.client_id,
        agency_code=agency.code,
        agency_kind=agency.kind,
        scopes=granted,
        rate_limit_per_minute=client.rate_limit_per_minute,
        agency_id=agency.id,
        area=Area.of(agency),
    )


# Where a request's verdict is kept: the Idempotency-Key middleware asks for the caller before the
# route does, and one request is counted once.
ADMISSION_STATE = "caller_admission"


async def authenticate(request: Request, settings: Settings) -> Caller:
    """The caller of this request, within its rate limit and its requests in flight; a 401 or 429
    problem otherwise. Every partner route depends on it."""
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
            # The services see it too: every internal credential this request's calls carry names it.
            acting_for(partner, agency=caller.agency_code, purpose=request.headers.get(_PURPOSE, "").strip())
            try:
                await request.app.state.rate_limits.take(caller.client_id, caller.rate_limit_per_minute)
                request.app.state.in_flight.enter(caller.client_id, limit=settings.max_requests_in_flight_per_client)
            except TooManyRequests:
                RATE_LIMIT_REFUSALS.labels(partner).inc()
                raise
            setattr(request.state, in_flight.STATE, caller.client_id)  # protection.py gives it back
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
