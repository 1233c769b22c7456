"""Credentials are `<lookup>.<secret>`: the lookup finds the row, only the secret's hash is stored."""

import hashlib
import hmac
import secrets


def new_credential() -> tuple[str, str, str]:
    """A fresh credential: (what the client is given once, its lookup, the hash to store)."""
    lookup, secret = secrets.token_hex(8), secrets.token_urlsafe(32)
    return f"{lookup}.{secret}", lookup, hash_secret(secret)


def hash_secret(secret: str) -> str:
    # A random 256-bit secret needs no slow hash: nothing short of brute force over 2^256 finds it.
    return hashlib.sha256(secret.encode()).hexdigest()


def split(credential: str) -> tuple[str, str] | None:
    """(lookup, secret) of a presented credential, or None when malformed."""
    lookup, dot, secret = credential.partition(".")
    return (lookup, secret) if dot and lookup and secret else None


def matches(secret: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_secret(secret), stored_hash)
