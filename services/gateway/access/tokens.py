"""Short-lived signed access tokens (JWT, HS256) for OAuth2 client credentials and person tokens.

Each token names the key that signed it in its `kid` header. Keys rotate without logging anyone
out: the new key signs, and a retired one keeps verifying its tokens until it is removed."""

import hashlib
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import jwt

ISSUER = "labourlink-gateway"
AUDIENCE = "labourlink-partner-api"
ALGORITHM = "HS256"
REQUIRED_CLAIMS = ["exp", "iat", "iss", "aud", "sub"]


@dataclass(frozen=True)
class TokenClaims:
    subject: str  # a client id, or person:<national id>
    scopes: tuple[str, ...]
    expires_at: int
    credential: str | None = None  # the lookup of the client secret it was granted for


CREDENTIAL_CLAIM = "cred"  # checked on every use, so revoking the secret ends its tokens at once


def key_id(key: str) -> str:
    """The `kid` of a signing key, derived from it so that a key and its id cannot be configured apart."""
    return hashlib.sha256(b"labourlink-token-key:" + key.encode()).hexdigest()[:16]


def sign(
    *,
    key: str,
    subject: str,
    scopes: list[str],
    ttl_seconds: int,
    credential: str | None = None,
    now: float | None = None,
) -> str:
    """A token for `subject` carrying `scopes`, valid for `ttl_seconds`, granted for `credential`."""
    issued = int(now if now is not None else time.time())
    claims = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": subject,
        "scope": " ".join(scopes),
        "iat": issued,
        "exp": issued + ttl_seconds,
        "jti": uuid.uuid4().hex,
    }
    if credential is not None:
        claims[CREDENTIAL_CLAIM] = credential
    return jwt.encode(claims, key, algorithm=ALGORITHM, headers={"kid": key_id(key)})


def verify(token: str, *, keys: Iterable[str], leeway_seconds: float = 0) -> TokenClaims | None:
    """The token's claims when the one of `keys` its `kid` names signed it and its issuer, audience
    and times hold (within `leeway_seconds`); None otherwise."""
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        key = next((k for k in keys if key_id(k) == kid), None)
        if key is None:
            return None
        claims = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            issuer=ISSUER,
            leeway=leeway_seconds,
            options={"require": REQUIRED_CLAIMS},
        )
    except jwt.InvalidTokenError:
        return None
    return TokenClaims(
        subject=claims["sub"],
        scopes=tuple(claims.get("scope", "").split()),
        expires_at=claims["exp"],
        credential=claims.get(CREDENTIAL_CLAIM),
    )
