"""Contributions from employers' monthly reports: imported in bulk (safe to send again) and checked
for arrears. Each month recorded is published: another employer's contributions for a person out
of work are one of the reports of a new job (labour makes them the person's re-employment)."""

from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.contributions.schemas import Arrears, ContributionReport, ImportReport
from services.social_insurance.models import Contribution, outbox
from shared.clock import today_of
from shared.events.social_insurance import ContributionRecorded
from shared.ndjson import LineResult, chunks, content_hash, counts, lines_of, parsed, rejected
from shared.problems import InvalidInput, Problem

_CHUNK = 1000
_FIELDS = ("insured_salary", "pension_individual", "pension_employer", "unemployment", "health", "due_on", "paid_on")


async def import_reports(*, session: AsyncSession, body: bytes) -> ImportReport:
    """Apply an NDJSON file of monthly reports: each (person, employer, month) is created, left
    unchanged when sent again, or updated (e.g. now paid)."""
    results: dict[int, LineResult] = {}
    recorded: list[Contribution] = []
    seen: dict[tuple[str, str, str], int] = {}  # (person, employer, month) -> the line that gave it
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
        await outbox.record_many(session, [
            (ContributionRecorded(national_id=c.national_id, employer_tax_code=c.employer_tax_code, month=c.month,
                                  insured_salary=c.insured_salary, paid=c.paid_on is not None), c.national_id)
            for c in recorded
        ])
    ordered = [results[n] for n in sorted(results)]
    return ImportReport(**counts(ordered), results=ordered)


def _implausible(report: ContributionReport, line: int, seen: dict[tuple[str, str, str], int], today: date) -> InvalidInput | None:
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
    session: AsyncSession, reports: list[tuple[int, ContributionReport]], results: dict[int, LineResult],
    seen: dict[tuple[str, str, str], int], today: date,
) -> list[Contribution]:
    keys = [(r.national_id, r.employer_tax_code, r.month) for _, r in reports]
    existing = {
        (c.national_id, c.employer_tax_code, c.month): c
        for c in await session.scalars(select(Contribution).where(
            tuple_(Contribution.national_id, Contribution.employer_tax_code, Contribution.month).in_(keys)
        ))
    } if keys else {}
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
            for field in _FIELDS:
                setattr(current, field, getattr(report, field))
            current.content_hash = digest
            results[number] = LineResult(line=number, status="updated", id=current.id)
        changed.append((number, current))
    await session.flush()
    for number, contribution in changed:
        results[number].id = contribution.id
    return [c for _, c in changed]


async def arrears(*, session: AsyncSession, as_of: date) -> list[Arrears]:
    """Employers with months unpaid past their due date, or paid late, with the amount owed."""
    total = Contribution.pension_individual + Contribution.pension_employer + Contribution.unemployment + Contribution.health
    unpaid = (Contribution.paid_on.is_(None)) & (Contribution.due_on < as_of)
    late = Contribution.paid_on > Contribution.due_on
    rows = await session.execute(
        select(
            Contribution.employer_tax_code,
            func.sum(case((unpaid, 1), else_=0)),
            func.sum(case((unpaid, total), else_=0)),
            func.sum(case((late, 1), else_=0)),
        ).group_by(Contribution.employer_tax_code).having(func.sum(case((unpaid | late, 1), else_=0)) > 0)
        .order_by(Contribution.employer_tax_code)
    )
    return [
        Arrears(employer_tax_code=code, unpaid_months=int(months or 0), amount_owed=Decimal(owed or 0), late_months=int(late_count or 0))
        for code, months, owed, late_count in rows
    ]
