"""The audit log's hash chain: each entry's hash covers its content and the hash before it, so
changing, removing or reordering any entry breaks every hash after it."""

import hashlib
import json
from datetime import datetime

GENESIS = "0" * 64
CHAINED_FIELDS = (
    "seq",
    "at",
    "client_id",
    "agency_code",
    "national_id",
    "categories",
    "purpose",
    "action",
    "outcome",
    "request_id",
)


def entry_hash(previous_hash: str, fields: dict[str, object]) -> str:
    """The hash of an entry with these fields following `previous_hash`."""

    def normal(value: object) -> object:
        return value.isoformat() if isinstance(value, datetime) else value

    canonical = json.dumps(
        {name: normal(fields[name]) for name in CHAINED_FIELDS},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{previous_hash}|{canonical}".encode()).hexdigest()
