"""Verification codes: an HMAC of a document's content with the issuing service's key.

A code reads `SI-3F2A-ABCDE-FGHIJ-KLMNO-PQRST`: the issuer (so the gateway knows whom to ask),
the id of the key that signed it (the first hex digits of the key's own hash, so no id has to be
configured), and 100 bits of HMAC-SHA256 over the issuer and the SHA-256 of the content. Keys
rotate like the token keys: a new DOCUMENT_SIGNING_KEY signs from then on, and the keys listed in
DOCUMENT_PREVIOUS_KEYS still verify what they signed.
"""

import base64
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.problems import ServiceUnavailable

# The services that issue documents, by the prefix their codes carry.
ISSUERS: dict[str, str] = {"SI": "social_insurance", "LB": "labour", "GW": "gateway"}
PREFIXES = {service: prefix for prefix, service in ISSUERS.items()}
CODE_PATTERN = r"^(SI|LB|GW)-[0-9A-F]{4}(-[A-Z2-7]{5}){4}$"
_CODE = re.compile(CODE_PATTERN)


class DocumentKeys(BaseSettings):
    """The keys a service signs and verifies its documents with (keep them out of the image)."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    document_signing_key: SecretStr | None = Field(
        default=None, min_length=32, description="signs the documents this service issues; unset: it issues none"
    )
    document_previous_keys: list[SecretStr] = Field(
        default_factory=list, description="retired keys (a JSON list) whose documents still verify"
    )
    public_gateway_url: str = Field(
        default="http://127.0.0.1:8000", description="the gateway as the public reaches it (the QR codes' links)"
    )


def content_digest(content: Any) -> str:
    """The SHA-256 of a document's content as canonical JSON (sorted keys, no spaces, UTF-8)."""
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:4].upper()


def _mac(key: bytes, prefix: str, digest: str) -> str:
    signed = hmac.new(key, f"{prefix}|{digest}".encode(), hashlib.sha256).digest()
    text = base64.b32encode(signed).decode()[:20]
    return "-".join(text[i : i + 5] for i in range(0, 20, 5))


@dataclass(frozen=True)
class Code:
    prefix: str
    key_id: str
    mac: str

    @property
    def issuer(self) -> str:
        return ISSUERS[self.prefix]

    def __str__(self) -> str:
        return f"{self.prefix}-{self.key_id}-{self.mac}"


def parsed_code(text: str) -> Code | None:
    """The parts of a code, or None when it is not one of ours in form."""
    if not _CODE.fullmatch(text):
        return None
    prefix, key_id, mac = text.split("-", 2)
    return Code(prefix, key_id, mac)


class Signer:
    """One service's signing: the current key signs, every known key verifies."""

    def __init__(self, service: str, keys: DocumentKeys) -> None:
        self.prefix = PREFIXES[service]
        current = keys.document_signing_key
        self._current = current.get_secret_value().encode() if current else None
        known = [k.get_secret_value().encode() for k in keys.document_previous_keys]
        self._keys = {_key_id(k): k for k in ([self._current] if self._current else []) + known}

    def sign(self, digest: str) -> str:
        """The verification code of content with this SHA-256 digest."""
        if self._current is None:
            raise ServiceUnavailable("this service has no DOCUMENT_SIGNING_KEY: it cannot issue documents")
        return f"{self.prefix}-{_key_id(self._current)}-{_mac(self._current, self.prefix, digest)}"

    def signed(self, code: Code, digest: str) -> bool:
        """Whether the code is this service's signature of that digest, by the current or a previous key."""
        key = self._keys.get(code.key_id)
        return (
            code.prefix == self.prefix
            and key is not None
            and hmac.compare_digest(code.mac, _mac(key, self.prefix, digest))
        )


def app_signer(state: Any, service: str) -> Signer:
    """The app's signer, made from the environment on first use (a test may set `document_signer`)."""
    signer = getattr(state, "document_signer", None)
    if signer is None:
        signer = state.document_signer = Signer(service, DocumentKeys())
    return signer
