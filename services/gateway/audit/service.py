"""Every access to a person's data, recorded append-only in a hash chain, and its verification."""

from collections.abc import Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access.caller import Caller
from services.gateway.audit.chain import CHAINED_FIELDS, GENESIS, entry_hash
from services.gateway.audit.repository import AuditRepository
from shared.db import utcnow
from shared.metrics import AUDIT_CHAIN_BROKEN


async def record_access(
    *,
    session: AsyncSession,
    caller: Caller,
    national_ids: Iterable[str],
    categories: Iterable[str],
    purpose: str,
    action: str,
    outcome: int,
    request_id: str,
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
        fields = {
            "seq": seq,
            "at": at,
            "client_id": caller.client_id,
            "agency_code": caller.agency_code,
            "national_id": national_id,
            "categories": kinds,
            "purpose": purpose,
            "action": action,
            "outcome": outcome,
            "request_id": request_id,
        }
        digest = entry_hash(previous, fields)
        rows.append({**fields, "previous_hash": previous, "hash": digest})
        previous = digest
    await repository.add_all(rows)


async def verify_chain(*, session: AsyncSession, known_head: tuple[int, str] | None = None) -> dict[str, object]:
    """Verify the chain (below) and show the outcome to the alert on a broken chain."""
    result = await _checked_chain(session=session, known_head=known_head)
    AUDIT_CHAIN_BROKEN.set(0 if result["intact"] else 1)
    return result


async def _checked_chain(*, session: AsyncSession, known_head: tuple[int, str] | None) -> dict[str, object]:
    """Recompute every hash in order; report the first entry where the chain breaks, if any.

    A hash chain shows a change, a removal or a reordering inside it, but not the loss of its
    last entries; a verifier who kept an earlier head (`head_seq`, `head_hash`) passes it as
    `known_head`, and a chain that no longer reaches it, or reaches another entry there, is broken."""
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
        elif known_head is not None and entry.seq == known_head[0] and entry.hash != known_head[1]:
            problem = "it is not the entry an earlier verification saw there"
        if problem:
            return {"intact": False, "entries_checked": checked, "broken_at": entry.seq, "reason": problem}
        previous, checked, expected_seq = entry.hash, checked + 1, entry.seq + 1
    if known_head is not None and known_head[0] >= expected_seq:
        return {
            "intact": False,
            "entries_checked": checked,
            "broken_at": expected_seq,
            "reason": f"the log ends before entry {known_head[0]}, which an earlier verification saw: it was truncated",
        }
    return {
        "intact": True,
        "entries_checked": checked,
        "broken_at": None,
        "reason": None,
        "head_seq": expected_seq - 1 if checked else None,
        "head_hash": previous if checked else None,
    }
