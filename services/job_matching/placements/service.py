"""Placements: a seeker in a job. Published so the social insurance agency stops the benefit from
the start date and the labour agency closes the registration."""

from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.models import Placement, Referral, SeekerProfile, SeekerStatus, Vacancy, outbox
from services.job_matching.placements.repository import PlacementRepository
from services.job_matching.placements.schemas import PlacementReport
from services.job_matching.seekers.repository import SeekerRepository
from services.job_matching.vacancies.service import fill_opening
from shared.events.job_matching import PlacementRecorded
from shared.problems import Conflict


async def place(
    *,
    session: AsyncSession,
    seeker: SeekerProfile,
    referral: Referral | None,
    vacancy: Vacancy | None,
    centre_code: str,
    employer_tax_code: str | None,
    employer_name: str,
    start_date: date,
    monthly_wage: Decimal,
) -> Placement:
    """Record the seeker in a job and stop matching them; publishes job_matching.placement.recorded.v1."""
    placement = await PlacementRepository(session).add(
        Placement(
            seeker_id=seeker.id,
            national_id=seeker.national_id,
            referral_id=referral.id if referral else None,
            centre_code=centre_code,
            employer_tax_code=employer_tax_code,
            employer_name=employer_name,
            start_date=start_date,
            monthly_wage=monthly_wage,
        )
    )
    seeker.status, seeker.status_reason = SeekerStatus.placed, f"placed with {employer_name} from {start_date}"
    if vacancy is not None:
        await fill_opening(session=session, vacancy=vacancy, on=start_date)
    await outbox.record(
        session,
        PlacementRecorded(
            placement_id=placement.id,
            national_id=seeker.national_id,
            employer_tax_code=employer_tax_code,
            employer_name=employer_name,
            start_date=start_date,
            monthly_wage=monthly_wage,
            referral_id=referral.id if referral else None,
        ),
        subject=seeker.national_id,
    )
    return placement


async def report_placement(*, session: AsyncSession, report: PlacementReport) -> Placement:
    """A centre reports a registered seeker who found work on their own. A seeker already known to
    be in work through another channel can still be reported (the centre's placement is its record;
    labour counts the job once)."""
    seeker = await SeekerRepository(session).by_national_id_or_404(report.national_id)
    if seeker.status == "placed" and (
        earlier := await PlacementRepository(session).latest_since(seeker.id, seeker.registered_on)
    ):
        raise Conflict(
            f"{seeker.national_id} was placed from {earlier.start_date}", existing=f"/placements/{earlier.id}"
        )
    centre_code = report.centre_code or seeker.centre_code
    if centre_code is None:
        raise Conflict(
            f"{seeker.national_id} never registered at a centre; name the reporting centre", field="centre_code"
        )
    return await place(
        session=session,
        seeker=seeker,
        referral=None,
        vacancy=None,
        centre_code=centre_code,
        employer_tax_code=report.employer_tax_code,
        employer_name=report.employer_name,
        start_date=report.start_date,
        monthly_wage=report.monthly_wage,
    )
