"""The internal credential: a short-lived signed token (JWT, HS256) without which a service's API
answers nothing but its health, readiness, metrics and documentation. The gateway holds one for
each call it forwards, naming the partner and the purpose inside; the command line and other
callers of the platform's own sign theirs with a subject of their own. Partners never hold one.

`INTERNAL_TOKEN_KEYS` lists the keys as `kid:secret[,kid:secret…]`: the first signs, every one
verifies, so a key is rotated by putting the new one first and removing the old one a token's
lifetime later."""

import re
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable, Generator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
import jwt
import structlog
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.problems import problem_response

log = structlog.get_logger(__name__)

ISSUER = "labourlink-internal"
ALGORITHM = "HS256"
REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "sub", "jti"]
TTL_SECONDS = 60  # one call's worth: a token copied from a log or a trace is soon worthless
LEEWAY_SECONDS = 5  # clock difference between the caller's machine and the service's
MIN_SECRET_LENGTH = 32  # 256 bits of a token_urlsafe secret and more: HS256's own strength
_KID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_SHOWN_PURPOSE = 200  # a purpose longer than this is cut before it goes into a token and the logs

# Read-only and holding no one's data: probes, scrapes and the service's own API document.
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/openapi.json", "/docs", "/redoc"})
_OPEN_PREFIX = "/static-offline-docs/"  # the documentation pages' scripts, served by the service itself
CLAIMS_STATE = "internal_claims"  # where a verified credential's claims are kept on the request


@dataclass(frozen=True)
class InternalKey:
    """One key of INTERNAL_TOKEN_KEYS: its id (the token's `kid` header) and its secret."""

    kid: str
    secret: str = field(repr=False)


def parse_keys(text: str) -> tuple[InternalKey, ...]:
    """The keys of `kid:secret[,kid:secret…]`, in order; ValueError naming the rule a key breaks."""
    keys: list[InternalKey] = []
    for number, entry in enumerate((part.strip() for part in text.split(",") if part.strip()), start=1):
        kid, separator, secret = entry.partition(":")
        if not separator or not _KID.match(kid):
            raise ValueError(f"key {number}: write it as kid:secret, the kid of letters, digits, '.', '_' or '-'")
        if len(secret) < MIN_SECRET_LENGTH:
            raise ValueError(f"key {number} ({kid}): the secret needs at least {MIN_SECRET_LENGTH} characters")
        if any(known.kid == kid for known in keys):
            raise ValueError(f"key {number}: the kid {kid} is given twice")
        keys.append(InternalKey(kid=kid, secret=secret))
    return tuple(keys)


def new_keys() -> str:
    """A fresh INTERNAL_TOKEN_KEYS value of one key, its kid the day it was made (for one machine's system)."""
    return f"local-{datetime.now(UTC):%Y%m%d}:{secrets.token_urlsafe(48)}"


@dataclass(frozen=True)
class OnBehalfOf:
    """The partner a call is made for: its client (or "person" for someone's own token), its agency and purpose."""

    partner: str
    agency: str
    purpose: str | None = None


# Set by the gateway once it knows who is calling; every token it signs in that request carries it.
ON_BEHALF_OF: ContextVar[OnBehalfOf | None] = ContextVar("on_behalf_of", default=None)


def acting_for(partner: str, *, agency: str, purpose: str | None) -> None:
    """The calls this request makes from here on are made for this partner and purpose."""
    ON_BEHALF_OF.set(OnBehalfOf(partner=partner, agency=agency, purpose=purpose[:_SHOWN_PURPOSE] if purpose else None))


@dataclass(frozen=True)
class InternalClaims:
    """What a verified internal credential says: who signed it, for whom, why."""

    subject: str
    partner: str | None
    agency: str | None
    purpose: str | None

    def log_fields(self) -> dict[str, str]:
        """What the service's log lines say of the call: the caller, and the partner and purpose it acts for."""
        fields = {"caller": self.subject, "partner_client": self.partner, "purpose": self.purpose}
        return {name: value for name, value in fields.items() if value is not None}


class CredentialRefused(Exception):
    """The internal credential does not hold; the message says why, for the service's log only."""


@dataclass(frozen=True)
class Issuer:
    """Signs internal credentials as `subject` (gateway, labourlink-cli, …) with the first of `keys`."""

    keys: Sequence[InternalKey]
    subject: str
    ttl_seconds: int = TTL_SECONDS

    def token(self, audience: str, *, now: float | None = None) -> str:
        """A credential for one call to the service `audience`, for the partner the request acts for."""
        if not self.keys:
            raise CredentialRefused("INTERNAL_TOKEN_KEYS is not set: no internal credential can be signed")
        issued = int(time.time() if now is None else now)
        claims: dict[str, object] = {
            "iss": ISSUER,
            "sub": self.subject,
            "aud": audience,
            "iat": issued,
            "exp": issued + self.ttl_seconds,
            "jti": uuid.uuid4().hex,
        }
        if (partner := ON_BEHALF_OF.get()) is not None:
            claims |= {"partner": partner.partner, "agency": partner.agency, "purpose": partner.purpose}
        key = self.keys[0]
        return jwt.encode(claims, key.secret, algorithm=ALGORITHM, headers={"kid": key.kid})

    def headers(self, audience: str) -> dict[str, str]:
        """The Authorization header of one call to `audience`; none without keys, and the service
        refuses the call (the warning at the start says why)."""
        return {"Authorization": f"Bearer {self.token(audience)}"} if self.keys else {}


class InternalAuth(httpx.Auth):
    """httpx authentication for a client of one service: a fresh credential on every request, so a
    long-lived client never sends an expired one."""

    def __init__(self, issuer: Issuer, audience: str) -> None:
        self.issuer, self.audience = issuer, audience

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self.issuer.headers(self.audience))
        yield request


def verify(token: str, *, keys: Sequence[InternalKey], audience: str) -> InternalClaims:
    """The claims of a credential one of `keys` signed for `audience`; CredentialRefused otherwise."""
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        key = next((k for k in keys if k.kid == kid), None)
        if key is None:
            raise CredentialRefused(f"no configured key has the kid {str(kid)[:64]!r}")
        claims = jwt.decode(
            token,
            key.secret,
            algorithms=[ALGORITHM],
            audience=audience,
            issuer=ISSUER,
            leeway=LEEWAY_SECONDS,
            options={"require": REQUIRED_CLAIMS},
        )
    except jwt.InvalidTokenError as error:
        raise CredentialRefused(f"{type(error).__name__}: {error}") from None
    return InternalClaims(
        subject=str(claims["sub"]),
        partner=claims.get("partner"),
        agency=claims.get("agency"),
        purpose=claims.get("purpose"),
    )


def is_open(path: str) -> bool:
    """Whether a path answers without the internal credential."""
    return path in OPEN_PATHS or path.startswith(_OPEN_PREFIX)


class InternalCredentialRequired:
    """ASGI middleware: 401 problem+json for any call to the service without a valid internal
    credential for it, decided before anything else of the service runs. The request's logs name
    the caller, the partner and the purpose the credential carries.

    `audience` is read per request: None means the app is the gateway, which partners call with
    credentials of their own."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        audience: Callable[[], str | None],
        keys: Callable[[], Sequence[InternalKey]],
    ) -> None:
        self.app, self.audience, self.keys = app, audience, keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        audience = self.audience()
        if scope["type"] != "http" or audience is None or is_open(scope["path"]):
            await self.app(scope, receive, send)
            return
        scheme, _, token = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1").partition(" ")
        try:
            if scheme.lower() != "bearer" or not token.strip():
                raise CredentialRefused("no internal credential (Authorization: Bearer) was sent")
            claims = verify(token.strip(), keys=self.keys(), audience=audience)
        except CredentialRefused as refusal:
            log.warning("internal_credential_refused", path=scope["path"], reason=str(refusal))
            await _refusal(scope["path"])(scope, receive, send)
            return
        scope.setdefault("state", {})[CLAIMS_STATE] = claims  # for the request's own log line
        with structlog.contextvars.bound_contextvars(**claims.log_fields()):
            await self.app(scope, receive, send)


def _refusal(path: str) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    return problem_response(
        status=401,
        slug="unauthorized",
        title="Credentials required",
        # The same words for every refusal: the reason is in the service's log, not told to a prober.
        detail="this service answers the gateway and the platform's own callers only, with an internal credential",
        instance=path,
        headers={"WWW-Authenticate": f'Bearer realm="{ISSUER}"'},
    )
