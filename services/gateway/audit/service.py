"""Every access to a person's data, recorded append-only in a hash chain, and its verification."""

from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access.caller import Caller
from services.gateway.audit.chain import CHAINED_FIELDS, GENESIS, entry_hash
from services.gateway.audit.repository import AuditRepository
from shared.db import utcnow


async def record_access(
    *, session: AsyncSession, caller: Caller, national_ids: Iterable[str], categories: Iterable[str], purpose: str,
    action: str, outcome: int, request_id: str,
) -> None:
    """Append one entry per person whose data the call touched, chained to the entries before."""
    people = sorted({n.upper() for n in national_ids if n})
    if not people:
        return
    repository = AuditRepository(session)
    await repository.lock_chain()
    last = await repository.last()
    previous, seq = (last.hash, last.seq) if last else (GENESIS, 0)
    at, kinds = utcnow(), sorted(set(categories))
    rows = []
    for national_id in people:
        seq += 1
        fields = {"seq": seq, "at": at, "client_id": caller.client_id, "agency_code": caller.agency_code,
                  "national_id": national_id, "categories": kinds, "purpose": purpose, "action": action,
                  "outcome": outcome, "request_id": request_id}
        digest = entry_hash(previous, fields)
        rows.append({**fields, "previous_hash": previous, "hash": digest})
        previous = digest
    await repository.add_all(rows)


async def verify_chain(*, session: AsyncSession) -> dict[str, object]:
    """Recompute every hash in order; report the first entry where the chain breaks, if any."""
    previous, checked, expected_seq = GENESIS, 0, 1
    async for entry in AuditRepository(session).in_order():
        fields = {name: getattr(entry, name) for name in CHAINED_FIELDS}
        problem = None
        if entry.seq != expected_seq:
            problem = f"entry {expected_seq} is missing"
        elif entry.previous_hash != previous:
            problem = "it does not follow the entry before it"
        elif entry.hash != entry_hash(previous, fields):
            problem = "its content does not match its hash"
        if problem:
            return {"intact": False, "entries_checked": checked, "broken_at": entry.seq, "reason": problem}
        previous, checked, expected_seq = entry.hash, checked + 1, entry.seq + 1
    return {"intact": True, "entries_checked": checked, "broken_at": None, "reason": None}
