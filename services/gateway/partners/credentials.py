"""Credentials are `<lookup>.<secret>`: the lookup finds the row, only the secret's hash is stored.

The hash is HMAC-SHA256 under a server key (`CREDENTIAL_HASH_KEY`, kept out of the database), not
a slow hash: secrets are 256-bit random, so there is no dictionary to slow down, and a stolen
table without the key gives nothing to guess offline, while checking a key on every request stays
a microsecond. Rows stored before the key was set hold a plain SHA-256 ("legacy"); they keep
verifying and are rewritten keyed the next time their secret is presented."""

import hashlib
import hmac
import secrets

KEYED_PREFIX = "hmac-sha256$"  # a plain SHA-256 is 64 hex digits, so the two cannot be confused


def new_credential(hash_key: str | None) -> tuple[str, str, str]:
    """A fresh credential: (what the client is given once, its lookup, the hash to store)."""
    lookup, secret = secrets.token_hex(8), secrets.token_urlsafe(32)
    return f"{lookup}.{secret}", lookup, hash_secret(secret, hash_key)


def hash_secret(secret: str, hash_key: str | None) -> str:
    """The stored form of a secret: keyed when the gateway has a key, else plain SHA-256."""
    if hash_key is None:
        return hashlib.sha256(secret.encode()).hexdigest()
    return KEYED_PREFIX + hmac.new(hash_key.encode(), secret.encode(), hashlib.sha256).hexdigest()


def split(credential: str) -> tuple[str, str] | None:
    """(lookup, secret) of a presented credential, or None when malformed."""
    lookup, dot, secret = credential.partition(".")
    return (lookup, secret) if dot and lookup and secret else None


def matches(secret: str, stored_hash: str, hash_key: str | None) -> bool:
    """Whether the secret is the one stored, in either form."""
    keyed = stored_hash.startswith(KEYED_PREFIX)
    if keyed and hash_key is None:
        return False  # a keyed hash cannot be checked without its key
    return hmac.compare_digest(hash_secret(secret, hash_key if keyed else None), stored_hash)


def upgraded(secret: str, stored_hash: str, hash_key: str | None) -> str | None:
    """The keyed hash to store instead of a legacy one whose secret was just presented (None: keep it)."""
    return hash_secret(secret, hash_key) if hash_key is not None and not stored_hash.startswith(KEYED_PREFIX) else None
