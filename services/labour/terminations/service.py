"""Terminations: reported once per contract, corrected by new versions, flagged when late."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change, track_changes
from services.labour.contracts.repository import ContractRepository
from services.labour.models import ChangeKind, Contract, Termination, outbox
from services.labour.plausibility import last_working_day, not_after_today
from services.labour.settings import LabourSettings
from services.labour.terminations.documents import TEMPLATES, texts
from services.labour.terminations.repository import TerminationRepository
from services.labour.terminations.schemas import TerminationCorrection, TerminationRead, TerminationReport
from shared.clock import today_of
from shared.db import utcnow
from shared.documents.formatting import Language, day
from shared.documents.register import DocumentRegister, IssuedDocument
from shared.documents.rendering import attached, pdf_in_thread
from shared.events.labour import TerminationCorrected, TerminationRecorded
from shared.events.vocabulary import Jurisdiction
from shared.problems import Conflict, InvalidInput, NotFound, Problem, accepted_or_raise, shown


class ContractNotFound(NotFound):
    def __init__(self, report: TerminationReport) -> None:
        if report.contract_id is not None:
            super().__init__(f"no contract {report.contract_id}", field="contract_id")
        else:
            super().__init__(
                f"no contract between worker {report.national_id} and employer {shown(report.employer_tax_code)}",
                field="national_id",
            )


class AlreadyTerminated(Conflict):
    def __init__(self, existing: Termination) -> None:
        if existing.id is None:  # reported earlier in the same batch, not written yet
            super().__init__(f"contract {existing.contract_id} is terminated by an earlier record of this batch")
        else:
            super().__init__(
                f"contract {existing.contract_id} already has a termination; send a correction instead",
                existing=f"/terminations/{existing.id}",
            )


def _parties(report: TerminationReport) -> tuple[str, str]:
    """The worker and employer of a report that names no contract (the schema requires both then)."""
    assert report.national_id is not None and report.employer_tax_code is not None
    return report.national_id, report.employer_tax_code


def reported_late(*, settings: LabourSettings, contract: Contract, termination: Termination) -> bool:
    """Whether the report came after the jurisdiction's deadline (no deadline: never late)."""
    deadline = settings.termination_report_deadline_days.get(contract.worker.jurisdiction)
    return deadline is not None and (termination.reported_on - termination.last_working_day).days > deadline


def _implausible(
    last_day: date,
    reported_on: date,
    contract: Contract,
    today: date,
    settings: LabourSettings,
) -> InvalidInput | None:
    return not_after_today("reported_on", reported_on, today=today) or last_working_day(
        last_day, jurisdiction=contract.worker.jurisdiction, today=today, settings=settings
    )


def _facts(termination: Termination, contract: Contract, today: date) -> dict[str, object]:
    worker, employer = contract.worker, contract.employer
    return {
        "termination_id": termination.id,
        "version": termination.version,
        "contract_id": contract.id,
        "national_id": worker.national_id,
        "full_name": worker.full_name,
        "jurisdiction": worker.jurisdiction,
        "employer_tax_code": employer.tax_code,
        "employer_name": employer.name,
        "employer_province": employer.province,
        "wage_region": employer.wage_region,
        "locality_code": employer.locality_code,
        "state_paid": employer.state_paid,
        "contract_type": contract.contract_type,
        "contract_start": contract.start_date,
        "insured_monthly_salary": contract.insured_monthly_salary,
        "last_working_day": termination.last_working_day,
        "reason": termination.reason,
        "reported_on": termination.reported_on,
        "reported_late": termination.reported_late,
        "announced": termination.last_working_day > today,
    }


async def record_terminations(
    *, session: AsyncSession, settings: LabourSettings, reports: Sequence[TerminationReport]
) -> list[Termination | Problem]:
    """Record a batch of termination reports; each gets its termination, or the problem that refused it.

    Refused reports leave no trace; accepted ones are written with their events in one go."""
    repository = TerminationRepository(session)
    by_id = await repository.contracts_with_parties([r.contract_id for r in reports if r.contract_id is not None])
    by_pair = await ContractRepository(session).latest_between([_parties(r) for r in reports if r.contract_id is None])
    contracts = [by_id.get(r.contract_id) if r.contract_id is not None else by_pair.get(_parties(r)) for r in reports]
    current = await repository.current_for([c.id for c in contracts if c is not None])
    today, now = today_of(session), utcnow()

    outcomes: list[Termination | Problem] = []
    accepted: list[tuple[Termination, Contract]] = []
    for report, contract in zip(reports, contracts, strict=True):
        if contract is None:
            outcomes.append(ContractNotFound(report))
        elif contract.id in current:
            outcomes.append(AlreadyTerminated(current[contract.id]))
        elif report.last_working_day < contract.start_date:
            outcomes.append(
                InvalidInput.of(
                    "last_working_day", "after_contract_start", f"must be on or after {contract.start_date}"
                )
            )
        elif implausible := _implausible(report.last_working_day, report.reported_on, contract, today, settings):
            outcomes.append(implausible)
        else:
            termination = Termination(
                contract_id=contract.id,
                national_id=contract.worker.national_id,
                version=1,
                current=True,
                last_working_day=report.last_working_day,
                reason=report.reason,
                reported_on=report.reported_on,
                note=report.note,
                created_at=now,
            )
            termination.reported_late = reported_late(settings=settings, contract=contract, termination=termination)
            current[contract.id] = termination  # a second report for it in this batch is a conflict
            accepted.append((termination, contract))
            outcomes.append(termination)
    if accepted:
        await repository.add_many([t for t, _ in accepted])
        await outbox.record_many(
            session, [(TerminationRecorded(**_facts(t, c, today)), c.worker.national_id) for t, c in accepted]
        )
        await track_changes(
            session,
            kind=ChangeKind.termination,
            entries=[(TerminationRead.model_validate(t), None) for t, _ in accepted],
        )
    return outcomes


async def record_termination(
    *, session: AsyncSession, settings: LabourSettings, report: TerminationReport
) -> Termination:
    """Record one termination report; publishes labour.termination.recorded.v1."""
    return accepted_or_raise(await record_terminations(session=session, settings=settings, reports=[report]))


async def correct_termination(
    *, session: AsyncSession, settings: LabourSettings, termination_id: int, correction: TerminationCorrection
) -> Termination:
    """Replace the current version of a termination by a corrected one; the old version is kept."""
    repository = TerminationRepository(session)
    previous = await repository.with_contract(termination_id)
    if previous is None:
        raise NotFound(f"no termination {termination_id}")
    if not previous.current:
        raise Conflict(f"termination {termination_id} was already corrected; correct the current version")
    changes = correction.model_dump(exclude_unset=True)
    if not changes:
        raise InvalidInput.of("", "not_empty", "nothing to correct")
    contract = previous.contract
    corrected = Termination(
        contract_id=previous.contract_id,
        national_id=previous.national_id,
        version=previous.version + 1,
        current=True,
        last_working_day=changes.get("last_working_day", previous.last_working_day),
        reason=changes.get("reason", previous.reason),
        reported_on=changes.get("reported_on", previous.reported_on),
        note=changes.get("note", previous.note),
    )
    if corrected.last_working_day < contract.start_date:
        raise InvalidInput.of("last_working_day", "after_contract_start", f"must be on or after {contract.start_date}")
    today = today_of(session)
    if implausible := _implausible(corrected.last_working_day, corrected.reported_on, contract, today, settings):
        raise implausible
    corrected.reported_late = reported_late(settings=settings, contract=contract, termination=corrected)
    previous.current = False
    await session.flush()  # the old version stops being current before the new one becomes it
    await repository.add(corrected)
    await outbox.record(
        session,
        TerminationCorrected(**_facts(corrected, contract, today), replaces_version=previous.version),
        subject=contract.worker.national_id,
    )
    await track_change(session, kind=ChangeKind.termination, record=TerminationRead.model_validate(previous))
    await track_change(session, kind=ChangeKind.termination, record=TerminationRead.model_validate(corrected))
    return corrected


class NotIssuedHere(Problem):
    status, slug, title = 422, "not-issued-here", "Not issued in this jurisdiction"


async def certificate_pdf(
    *, session: AsyncSession, register: DocumentRegister, termination_id: int, national_id: str, language: Language
) -> tuple[IssuedDocument, bytes]:
    """The employer's certificate of termination (China, Labour Contract Law art. 50) as a signed
    PDF in one language, for the worker it names."""
    termination = await TerminationRepository(session).with_contract(termination_id)
    if termination is None or termination.contract.worker.national_id != national_id:
        raise NotFound(f"no termination {termination_id} of {national_id}")
    contract = termination.contract
    worker, employer = contract.worker, contract.employer
    if worker.jurisdiction is not Jurisdiction.CN:
        raise NotIssuedHere(
            "a termination certificate is issued in China only (Labour Contract Law art. 50)", field="termination_id"
        )
    start, end = contract.start_date, termination.last_working_day
    served = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)  # whole months
    certificate = {
        "termination_id": termination.id,
        "version": termination.version,
        "national_id": worker.national_id,
        "full_name": worker.full_name,
        "employer_name": employer.name,
        "employer_tax_code": employer.tax_code,
        "contract_start": contract.start_date.isoformat(),
        "last_working_day": termination.last_working_day.isoformat(),
        "service_months": served,
        "reason": termination.reason.value,
    }
    document = await register.issue(
        IssuedDocument(
            kind="termination_certificate",
            reference=f"LL-CN-{termination.reported_on:%Y}-T{termination.id:07d}",
            issued_on=termination.reported_on,
            language=language,
            content=certificate,
        )
    )
    wording = texts(language)
    values = [
        worker.full_name,
        worker.national_id,
        employer.name,
        employer.tax_code,
        day(contract.start_date, language),
        day(termination.last_working_day, language),
        wording["service"].format(years=served // 12, months=served % 12),
        wording["reasons"][termination.reason.value],
    ]
    html = TEMPLATES.html(
        "termination_certificate.html",
        document=document,
        agency=employer.name,
        texts=wording,
        title=wording["title"],
        addressee=worker.full_name,
        certificate=certificate,
        rows=list(zip(wording["rows"], values, strict=True)),
    )
    return document, await pdf_in_thread(html, attachment=attached(document))
