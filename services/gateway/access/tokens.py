"""Short-lived signed access tokens (JWT, HS256) for OAuth2 client credentials and person tokens."""

import base64
import hashlib
import hmac
import json
import time
import uuid
from dataclasses import dataclass

ISSUER = "labourlink-gateway"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(frozen=True)
class TokenClaims:
    subject: str  # a client id, or person:<national id>
    scopes: tuple[str, ...]
    expires_at: int


def sign(*, key: str, subject: str, scopes: list[str], ttl_seconds: int, now: float | None = None) -> str:
    """A token for `subject` carrying `scopes`, valid for `ttl_seconds`."""
    issued = int(now if now is not None else time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    payload = {"iss": ISSUER, "sub": subject, "scope": " ".join(scopes), "iat": issued, "exp": issued + ttl_seconds,
               "jti": uuid.uuid4().hex}
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
    signature = hmac.new(key.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def verify(token: str, *, key: str, now: float | None = None) -> TokenClaims | None:
    """The token's claims when its signature, issuer and expiry hold; None otherwise."""
    try:
        header, payload, signature = token.split(".")
        expected = hmac.new(key.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(signature)):
            return None
        if json.loads(_unb64(header)).get("alg") != "HS256":
            return None
        claims = json.loads(_unb64(payload))
    except (ValueError, json.JSONDecodeError):
        return None
    if claims.get("iss") != ISSUER or claims.get("exp", 0) <= (now if now is not None else time.time()):
        return None
    return TokenClaims(subject=claims["sub"], scopes=tuple(claims.get("scope", "").split()), expires_at=claims["exp"])
