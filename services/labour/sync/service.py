"""Bulk sync for employment service centres: NDJSON uploads that are safe to send again, and a
change feed to pull what changed since a cursor.

Every line is {"idempotency_key": "...", "record": {...}}. A key seen before with the same record
is `unchanged` (the same id comes back); with a different record it is `rejected`. Records are
checked and written in chunks through the same batch functions as the single-record endpoints,
in the request's one transaction: a rejected line costs the others nothing.
"""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field, create_model
from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.models import ChangeKind, UploadKind
from services.labour.reemployment.schemas import NewHire
from services.labour.reemployment.service import record_new_hires
from services.labour.registrations.schemas import NoticeCreate, RegistrationCreate
from services.labour.registrations.service import record_notices, register_unemployed
from services.labour.settings import LabourSettings
from services.labour.sync.repository import SyncRepository
from services.labour.sync.schemas import ChangePage, ChangeRead, RecordResult, UploadReport
from services.labour.terminations.schemas import TerminationReport
from services.labour.terminations.service import record_terminations
from shared.ndjson import chunks, content_hash, counts, json_of, lines_of, rejected, validated
from shared.pagination import PageRequest
from shared.problems import Conflict, InvalidInput, Problem
from shared.schemas import Schema

_CHUNK = 1000


@dataclass(frozen=True)
class SyncKind:
    """A kind of record a centre can upload, the batch function that records it, and where a
    recorded one can be read."""

    schema: type[BaseModel]
    record: Callable[[AsyncSession, LabourSettings, list[Any]], Awaitable[list[Any]]]
    path: str

    @property
    def line(self) -> type["_SyncLine"]:
        """The schema of one line of an upload: the centre's idempotency key and the record."""
        return create_model(
            f"{self.schema.__name__}Line",
            __base__=_SyncLine,
            record=(self.schema, Field(description="the record, as the single-record endpoint takes it")),
        )


class _SyncLine(Schema):
    idempotency_key: str = Field(
        min_length=1, max_length=200, description="the centre's key for this record: send it again unchanged"
    )
    record: Any  # each kind's line names its record's schema


KINDS: dict[UploadKind, SyncKind] = {
    UploadKind.terminations: SyncKind(
        TerminationReport,
        lambda s, settings, records: record_terminations(session=s, settings=settings, reports=records),
        "/terminations",
    ),
    UploadKind.registrations: SyncKind(
        RegistrationCreate,
        lambda s, settings, records: register_unemployed(session=s, registrations=records),
        "/registrations",
    ),
    UploadKind.job_search_notices: SyncKind(
        NoticeCreate,
        lambda s, settings, records: record_notices(session=s, notices=records),
        "/job-search-notices",
    ),
    UploadKind.new_hires: SyncKind(
        NewHire, lambda s, settings, records: record_new_hires(session=s, hires=records), "/reemployment-reports"
    ),
}
LINES = {kind: sync_kind.line for kind, sync_kind in KINDS.items()}


@dataclass
class _Line:
    number: int
    key: str
    content_hash: str
    record: Any
    result: RecordResult | None = None


def _rejected(number: int, key: str | None, problem: Problem) -> RecordResult:
    return RecordResult(idempotency_key=key, **rejected(number, problem))


async def upload(*, session: AsyncSession, settings: LabourSettings, kind: UploadKind, body: bytes) -> UploadReport:
    """Apply an NDJSON upload; every line gets created, unchanged or rejected (with the field and rule)."""
    sync_kind, line_schema = KINDS[kind], LINES[kind]
    results: list[RecordResult] = []
    lines: list[_Line] = []
    for line in lines_of(body):
        document = json_of(line)
        envelope = document if isinstance(document, InvalidInput) else validated(document, line_schema)
        if isinstance(envelope, InvalidInput):
            key = document.get("idempotency_key") if isinstance(document, dict) else None
            results.append(_rejected(line.number, key if isinstance(key, str) else None, envelope))
        else:
            lines.append(
                _Line(line.number, envelope.idempotency_key, content_hash(document["record"]), envelope.record)
            )
    seen: dict[str, _Line] = {}  # idempotency key -> the line that settled it in this upload
    for chunk in chunks(lines, _CHUNK):
        await _apply_chunk(session, settings, kind, sync_kind, chunk, seen)
    results += [ln.result for ln in lines if ln.result is not None]
    results.sort(key=lambda r: r.line)
    tally = counts(results)
    return UploadReport(
        created=tally["created"], unchanged=tally["unchanged"], rejected=tally["rejected"], results=results
    )


def _settled_before(
    line: _Line, receipt: tuple[str, int] | None, first: _Line | None, sync_kind: SyncKind
) -> RecordResult | None:
    """The result of a line whose key was settled by an earlier upload or line, or None for a new key."""
    if receipt is not None:
        earlier_hash, record_id = receipt
        if earlier_hash == line.content_hash:
            return RecordResult(line=line.number, idempotency_key=line.key, status="unchanged", id=record_id)
        return _rejected(
            line.number,
            line.key,
            Conflict(
                f"idempotency key {line.key} was used for another record, {sync_kind.path}/{record_id}",
                existing=f"{sync_kind.path}/{record_id}",
                errors=[
                    {"field": "idempotency_key", "rule": "key_reused", "message": "used earlier for another record"}
                ],
            ),
        )
    if first is None:
        return None
    if first.content_hash == line.content_hash and first.result is not None and first.result.id is not None:
        return RecordResult(line=line.number, idempotency_key=line.key, status="unchanged", id=first.result.id)
    message = (
        f"line {first.number} has this key with another record"
        if first.content_hash != line.content_hash
        else f"line {first.number} has this key and was rejected"
    )
    return _rejected(
        line.number,
        line.key,
        Conflict(
            f"idempotency key {line.key}: {message}",
            errors=[{"field": "idempotency_key", "rule": "duplicate_in_file", "message": message}],
        ),
    )


async def _apply_chunk(
    session: AsyncSession,
    settings: LabourSettings,
    kind: UploadKind,
    sync_kind: SyncKind,
    chunk: Sequence[_Line],
    seen: dict[str, _Line],
) -> None:
    repository = SyncRepository(session)
    receipts = await repository.receipts(kind=kind, keys=[ln.key for ln in chunk])
    fresh: list[_Line] = []
    for line in chunk:
        line.result = _settled_before(line, receipts.get(line.key), seen.get(line.key), sync_kind)
        if line.result is None:
            seen[line.key] = line
            fresh.append(line)
    if not fresh:
        return
    outcomes = await sync_kind.record(session, settings, [ln.record for ln in fresh])
    accepted = []
    for line, outcome in zip(fresh, outcomes, strict=True):
        if isinstance(outcome, Problem):
            line.result = _rejected(line.number, line.key, outcome)
        else:
            line.result = RecordResult(line=line.number, idempotency_key=line.key, status="created", id=outcome.id)
            accepted.append(
                {"kind": kind, "idempotency_key": line.key, "content_hash": line.content_hash, "record_id": outcome.id}
            )
    await repository.add_receipts(accepted)


async def changes_since(
    *, session: AsyncSession, page: PageRequest, kinds: Sequence[ChangeKind] | None, centre_code: str | None
) -> ChangePage:
    """What changed after a cursor, oldest first."""
    rows, next_after = await SyncRepository(session).changes(page=page, kinds=kinds, centre_code=centre_code)
    items = [
        ChangeRead(
            seq=c.position,
            kind=c.kind,
            record_id=c.record_id,
            centre_code=c.centre_code,
            changed_at=c.changed_at,
            record=c.snapshot,
        )
        for c in rows
    ]
    # null at the end, as for every cursor: the next pull starts after the last item received.
    return ChangePage(items=items, next_after=next_after)
