"""Bulk sync for employment service centres: NDJSON uploads that are safe to send again, and a
change feed to pull what changed since a cursor.

Every line is {"idempotency_key": "...", "record": {...}}. A key seen before with the same record
is `unchanged` (the same id comes back); with a different record it is `rejected`. Records are
checked and written in chunks through the same batch functions as the single-record endpoints,
in the request's one transaction: a rejected line costs the others nothing.
"""

import hashlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.models import Change, SyncReceipt
from services.labour.registrations.schemas import NoticeCreate, RegistrationCreate
from services.labour.registrations.service import record_notices, register_unemployed
from services.labour.settings import LabourSettings
from services.labour.sync.schemas import ChangePage, ChangeRead, RecordResult, UploadReport
from services.labour.terminations.schemas import TerminationReport
from services.labour.terminations.service import record_terminations
from shared.pagination import PageRequest, fetch_page
from shared.problems import PROBLEM_TYPE_BASE, InvalidInput, Problem, problem_document, validation_problem

_CHUNK = 1000


@dataclass(frozen=True)
class SyncKind:
    """A kind of record a centre can upload, and the batch function that records it."""

    schema: type[BaseModel]
    record: Callable[[AsyncSession, LabourSettings, list[Any]], Awaitable[list[Any]]]


KINDS: dict[str, SyncKind] = {
    "terminations": SyncKind(
        TerminationReport, lambda s, settings, records: record_terminations(session=s, settings=settings, reports=records)
    ),
    "registrations": SyncKind(
        RegistrationCreate, lambda s, settings, records: register_unemployed(session=s, registrations=records)
    ),
    "job-search-notices": SyncKind(NoticeCreate, lambda s, settings, records: record_notices(session=s, notices=records)),
}


def _invalid(detail: str, errors: list[dict[str, str]]) -> dict[str, Any]:
    return problem_document(InvalidInput(detail, errors=errors))


@dataclass
class _Line:
    number: int
    key: str | None
    content_hash: str = ""
    record: Any = None
    result: RecordResult | None = None


def _parse(number: int, raw: bytes, schema: type[BaseModel]) -> _Line:
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        line = _Line(number, None)
        line.result = RecordResult(line=number, idempotency_key=None, status="rejected",
                                   problem=_invalid(f"line {number} is not JSON: {error}", [{"field": "", "rule": "ndjson", "message": str(error)}]))
        return line
    key = document.get("idempotency_key") if isinstance(document, dict) else None
    line = _Line(number, key if isinstance(key, str) and key else None)
    if line.key is None or not isinstance(document.get("record"), dict):
        line.result = RecordResult(line=number, idempotency_key=None, status="rejected", problem=_invalid(
            "each line is {\"idempotency_key\": \"...\", \"record\": {...}}",
            [{"field": "idempotency_key", "rule": "required", "message": "a non-empty string is required"}],
        ))
        return line
    line.content_hash = hashlib.sha256(orjson.dumps(document["record"], option=orjson.OPT_SORT_KEYS)).hexdigest()
    try:
        line.record = schema.model_validate(document["record"])
    except ValidationError as error:
        line.result = RecordResult(line=number, idempotency_key=line.key, status="rejected", problem=problem_document(validation_problem(error)))
    return line


async def upload(*, session: AsyncSession, settings: LabourSettings, kind: str, body: bytes) -> UploadReport:
    """Apply an NDJSON upload; every line gets created, unchanged or rejected (with the reason)."""
    sync_kind = KINDS[kind]
    lines = [_parse(number, raw, sync_kind.schema) for number, raw in enumerate(body.splitlines(), start=1) if raw.strip()]
    seen: dict[str, _Line] = {}  # idempotency key -> the line that settled it in this upload
    for first in range(0, len(lines), _CHUNK):
        await _apply_chunk(session, settings, kind, sync_kind, [ln for ln in lines[first:first + _CHUNK]], seen)
    results = [ln.result for ln in lines if ln.result is not None]
    return UploadReport(
        created=sum(r.status == "created" for r in results), unchanged=sum(r.status == "unchanged" for r in results),
        rejected=sum(r.status == "rejected" for r in results), results=results,
    )


async def _apply_chunk(
    session: AsyncSession, settings: LabourSettings, kind: str, sync_kind: SyncKind, chunk: list[_Line],
    seen: dict[str, _Line],
) -> None:
    keys = [ln.key for ln in chunk if ln.result is None]
    receipts = {
        r.idempotency_key: r
        for r in await session.scalars(select(SyncReceipt).where(SyncReceipt.kind == kind, SyncReceipt.idempotency_key.in_(keys)))
    }
    fresh: list[_Line] = []
    for line in chunk:
        if line.result is not None:
            continue
        assert line.key is not None
        earlier_hash, earlier_id = (
            (receipts[line.key].content_hash, receipts[line.key].record_id) if line.key in receipts
            else (seen[line.key].content_hash, seen[line.key].result.id if seen[line.key].result else None) if line.key in seen
            else (None, None)
        )
        if earlier_hash is None:
            seen[line.key] = line
            fresh.append(line)
        elif earlier_hash == line.content_hash and earlier_id is not None:
            line.result = RecordResult(line=line.number, idempotency_key=line.key, status="unchanged", id=earlier_id)
        else:
            line.result = RecordResult(line=line.number, idempotency_key=line.key, status="rejected", problem={
                "type": PROBLEM_TYPE_BASE + "conflict", "title": "Conflict", "status": 409,
                "detail": f"idempotency key {line.key} was used for another record" if earlier_hash != line.content_hash
                else f"idempotency key {line.key} was rejected earlier in this upload",
            })
    if not fresh:
        return
    outcomes = await sync_kind.record(session, settings, [ln.record for ln in fresh])
    accepted = []
    for line, outcome in zip(fresh, outcomes, strict=True):
        if isinstance(outcome, Problem):
            line.result = RecordResult(line=line.number, idempotency_key=line.key, status="rejected", problem=problem_document(outcome))
        else:
            line.result = RecordResult(line=line.number, idempotency_key=line.key, status="created", id=outcome.id)
            accepted.append({"kind": kind, "idempotency_key": line.key, "content_hash": line.content_hash, "record_id": outcome.id})
    if accepted:
        await session.execute(insert(SyncReceipt), accepted)


async def changes_since(
    *, session: AsyncSession, page: PageRequest, kinds: Sequence[str] | None, centre_code: str | None
) -> ChangePage:
    """What changed after a cursor, oldest first."""
    statement = select(Change)
    if kinds:
        statement = statement.where(Change.kind.in_(kinds))
    if centre_code is not None:
        statement = statement.where(Change.centre_code == centre_code)
    rows, next_after = await fetch_page(session, statement, Change.seq, page)
    items = [
        ChangeRead(seq=c.seq, kind=c.kind, record_id=c.record_id, centre_code=c.centre_code, changed_at=c.changed_at, record=c.snapshot)
        for c in rows
    ]
    return ChangePage(items=items, next_after=next_after if next_after is not None else (items[-1].seq if items else page.after))
