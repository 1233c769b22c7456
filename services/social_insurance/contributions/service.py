"""Contributions from employers' monthly reports: imported in bulk (safe to send again) and checked
for arrears. Each month recorded is published: another employer's contributions for a person out
of work are one of the reports of a new job (labour makes them the person's re-employment)."""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.contributions.repository import (
    ContributionKey,
    ContributionPartitions,
    ContributionRepository,
)
from services.social_insurance.contributions.schemas import Arrears, ContributionReport, ImportReport
from services.social_insurance.models import outbox
from services.social_insurance.rules.dates import add_months, month_of
from shared.clock import today_of
from shared.events.social_insurance import ContributionRecorded
from shared.ndjson import LineResult, chunks, content_hash, counts, lines_of, parsed, rejected
from shared.problems import InvalidInput, Problem

_CHUNK = 1000
# Employers report a month during it and the month after; partitions this far ahead leave the job
# (hourly) months to fail and be fixed before an import would land in the default partition.
MONTHS_AHEAD = 3


async def import_reports(*, session: AsyncSession, body: bytes) -> ImportReport:
    """Apply an NDJSON file of monthly reports: each (person, employer, month) is created, left
    unchanged when sent again, or updated (e.g. now paid)."""
    results: dict[int, LineResult] = {}
    recorded: list[ContributionReport] = []
    seen: dict[ContributionKey, int] = {}  # (person, employer, month) -> the line that gave it
    for chunk in chunks(lines_of(body), _CHUNK):
        reports = []
        for line in chunk:
            report = parsed(line, ContributionReport)
            if isinstance(report, Problem):
                results[line.number] = LineResult(**rejected(line.number, report))
            else:
                reports.append((line.number, report))
        recorded += await _apply(session, reports, results, seen, today_of(session))
    if recorded:
        await outbox.record_many(
            session,
            [
                (
                    ContributionRecorded(
                        national_id=r.national_id,
                        employer_tax_code=r.employer_tax_code,
                        month=r.month,
                        insured_salary=r.insured_salary,
                        paid=r.paid_on is not None,
                    ),
                    r.national_id,
                )
                for r in recorded
            ],
        )
    ordered = [results[n] for n in sorted(results)]
    return ImportReport(**counts(ordered), results=ordered)


def _implausible(
    report: ContributionReport,
    line: int,
    seen: dict[ContributionKey, int],
    today: date,
) -> InvalidInput | None:
    key = (report.national_id, report.employer_tax_code, report.month)
    if key in seen:
        message = f"line {seen[key]} reports {report.national_id} at {report.employer_tax_code} for {report.month}"
        return InvalidInput(message, errors=[{"field": "month", "rule": "duplicate_in_file", "message": message}])
    seen[key] = line
    if report.paid_on is not None and report.paid_on < date.fromisoformat(f"{report.month}-01"):
        return InvalidInput.of("paid_on", "not_before_month", f"must be in or after {report.month}")
    if report.paid_on is not None and report.paid_on > today:
        return InvalidInput.of("paid_on", "not_in_future", f"{report.paid_on} is after today ({today})")
    return None


async def _apply(
    session: AsyncSession,
    reports: list[tuple[int, ContributionReport]],
    results: dict[int, LineResult],
    seen: dict[ContributionKey, int],
    today: date,
) -> list[ContributionReport]:
    """The chunk's lines applied; returns the reports that created or changed a month."""
    repository = ContributionRepository(session)
    existing = await repository.by_key([(r.national_id, r.employer_tax_code, r.month) for _, r in reports])
    created: list[tuple[int, dict[str, object]]] = []  # line, row: written together after the chunk is read
    recorded: list[ContributionReport] = []
    for number, report in reports:
        key = (report.national_id, report.employer_tax_code, report.month)
        digest = content_hash(report.model_dump(mode="json"))
        if implausible := _implausible(report, number, seen, today):
            results[number] = LineResult(**rejected(number, implausible))
            continue
        current = existing.get(key)
        if current is None:
            created.append((number, {**report.model_dump(), "content_hash": digest}))
            results[number] = LineResult(line=number, status="created")
            recorded.append(report)
        elif current.content_hash == digest:
            results[number] = LineResult(line=number, status="unchanged", id=current.id)
            continue
        else:
            # A month reported again replaces its figures and dates (e.g. now paid); person, employer
            # and month are its key.
            current.insured_salary, current.pension_individual = report.insured_salary, report.pension_individual
            current.pension_employer, current.unemployment = report.pension_employer, report.unemployment
            current.health = report.health
            current.due_on, current.paid_on, current.content_hash = report.due_on, report.paid_on, digest
            results[number] = LineResult(line=number, status="updated", id=current.id)
            recorded.append(report)
    await session.flush()  # the months updated
    for (number, _), id_ in zip(created, await repository.add_many([row for _, row in created]), strict=True):
        results[number].id = id_
    return recorded


async def arrears(*, session: AsyncSession, as_of: date) -> list[Arrears]:
    """Employers with months unpaid past their due date, or paid late, with the amount owed."""
    rows = await ContributionRepository(session).arrears(as_of=as_of)
    return [
        Arrears(
            employer_tax_code=code,
            unpaid_months=int(months or 0),
            amount_owed=Decimal(owed or 0),
            late_months=int(late_count or 0),
        )
        for code, months, owed, late_count in rows
    ]


async def partition_months_ahead(*, session: AsyncSession) -> list[str]:
    """Give this month and the next MONTHS_AHEAD their partitions before their reports arrive, and a
    month imported without one (in the default partition) its own; the months that got one."""
    today = today_of(session)
    return await ContributionPartitions(session).add(month_of(add_months(today, n)) for n in range(MONTHS_AHEAD + 1))
