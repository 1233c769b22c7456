"""Contributions from employers' monthly reports: imported in bulk (safe to send again) and checked
for arrears. Each month recorded is published: another employer's contributions for a person out
of work are one of the reports of a new job (labour makes them the person's re-employment)."""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.contributions.repository import ContributionKey, ContributionRepository
from services.social_insurance.contributions.schemas import Arrears, ContributionReport, ImportReport
from services.social_insurance.models import Contribution, outbox
from shared.clock import today_of
from shared.events.social_insurance import ContributionRecorded
from shared.ndjson import LineResult, chunks, content_hash, counts, lines_of, parsed, rejected
from shared.problems import InvalidInput, Problem

_CHUNK = 1000


async def import_reports(*, session: AsyncSession, body: bytes) -> ImportReport:
    """Apply an NDJSON file of monthly reports: each (person, employer, month) is created, left
    unchanged when sent again, or updated (e.g. now paid)."""
    results: dict[int, LineResult] = {}
    recorded: list[Contribution] = []
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
                        national_id=c.national_id,
                        employer_tax_code=c.employer_tax_code,
                        month=c.month,
                        insured_salary=c.insured_salary,
                        paid=c.paid_on is not None,
                    ),
                    c.national_id,
                )
                for c in recorded
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
) -> list[Contribution]:
    keys = [(r.national_id, r.employer_tax_code, r.month) for _, r in reports]
    existing = await ContributionRepository(session).by_key(keys)
    changed = []
    for number, report in reports:
        key = (report.national_id, report.employer_tax_code, report.month)
        digest = content_hash(report.model_dump(mode="json"))
        if implausible := _implausible(report, number, seen, today):
            results[number] = LineResult(**rejected(number, implausible))
            continue
        current = existing.get(key)
        if current is None:
            current = Contribution(**report.model_dump(), content_hash=digest)
            session.add(current)
            existing[key] = current
            results[number] = LineResult(line=number, status="created")
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
        changed.append((number, current))
    await session.flush()
    for number, contribution in changed:
        results[number].id = contribution.id
    return [c for _, c in changed]


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
