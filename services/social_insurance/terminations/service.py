"""Terminations the labour service reports: the current version of each, and the continuation
notice each new version is owed once its last working day has come."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.notices.service import issue_notices
from services.social_insurance.terminations.repository import TerminationKey, TerminationRepository
from shared.clock import today_of
from shared.events.labour import TerminationCorrected, TerminationRecorded

TerminationReport = TerminationRecorded | TerminationCorrected


def termination_columns(report: TerminationReport) -> dict[str, Any]:
    """The columns one version of a termination sets, whether it is the first report or a correction."""
    return {
        "termination_id": report.termination_id,
        "national_id": report.national_id,
        "version": report.version,
        "full_name": report.full_name,
        "jurisdiction": report.jurisdiction,
        "employer_tax_code": report.employer_tax_code,
        "employer_name": report.employer_name,
        # Events from before the province was published: the locality stands in as the fund area.
        "employer_province": report.employer_province or report.locality_code or "unassigned",
        "wage_region": report.wage_region,
        "locality_code": report.locality_code,
        "state_paid": report.state_paid,
        "contract_type": report.contract_type,
        "contract_start": report.contract_start,
        "insured_monthly_salary": report.insured_monthly_salary,
        "last_working_day": report.last_working_day,
        "reason": report.reason,
        "reported_on": report.reported_on,
    }


async def record_terminations(*, session: AsyncSession, reports: Sequence[TerminationReport]) -> None:
    """Keep the newest version of each termination (an older one arriving late changes nothing), and
    issue a continuation notice for each new version whose last working day has come (an announced
    one waits for it: the workers' hourly round issues it then)."""
    newest: dict[TerminationKey, TerminationReport] = {}
    for report in reports:
        key = (report.termination_id, report.national_id)
        if key not in newest or newest[key].version < report.version:
            newest[key] = report
    repository = TerminationRepository(session)
    recorded = await repository.recorded_versions(newest)
    newer = {key: report for key, report in newest.items() if key not in recorded or recorded[key][1] < report.version}
    await repository.insert([termination_columns(report) for key, report in newer.items() if key not in recorded])
    await repository.replace(
        [{"id": recorded[key][0], **termination_columns(report)} for key, report in newer.items() if key in recorded]
    )
    today = today_of(session)
    terminations = await repository.current(list(newer))
    await issue_notices(session=session, terminations=[t for t in terminations if t.last_working_day <= today])
