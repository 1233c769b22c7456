from fastapi import APIRouter, Depends

from services.social_insurance.benefits import service
from services.social_insurance.benefits.repository import BenefitRepository, OverpaymentRepository
from services.social_insurance.benefits.schemas import (
    BenefitDetail,
    BenefitRead,
    FindingOutcome,
    FindingReport,
    GroundReport,
    OverpaymentRead,
    PaymentRun,
    PublicNoticeEntry,
    Recovery,
)
from services.social_insurance.dependencies import Session
from services.social_insurance.models import BenefitStatus
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(tags=["benefits"])


@router.get("/benefits", response_model=Page[BenefitRead])
async def list_benefits(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    status: BenefitStatus | None = None,
    fund_area: str | None = None,
) -> object:
    """Benefits, filtered, by keyset pages."""
    return await BenefitRepository(session).list(page=page, national_id=national_id, status=status, fund_area=fund_area)


@router.get("/benefits/{benefit_id}", response_model=BenefitDetail)
async def get_benefit(benefit_id: int, session: Session) -> object:
    """One benefit with its monthly payments."""
    return await BenefitRepository(session).with_payments_or_404(benefit_id)


@router.post("/benefit-payments/run")
async def run_payments(body: PaymentRun, session: Session) -> dict[str, int]:
    """Pay every due month of paying benefits (suspended ones are held until resumed)."""
    return {"paid": await service.run_payments(session=session, through=body.through)}


@router.post("/benefits/{benefit_id}/employment-findings", response_model=FindingOutcome)
async def report_employment(benefit_id: int, body: FindingReport, session: Session) -> object:
    """Report evidence of work; under a rulebook that counts it as employment the benefit ends."""
    outcome = await service.record_employment_finding(
        session=session, benefit_id=benefit_id, finding=body.finding, on=body.found_on
    )
    return FindingOutcome(benefit_ended=outcome is not None, rule=outcome)


@router.post("/overpayments/{overpayment_id}/recovery", response_model=OverpaymentRead)
async def record_recovery(overpayment_id: int, body: Recovery, session: Session) -> object:
    """Record that an overpayment was paid back (counted in the integrity report and the KPIs)."""
    return await service.record_recovery(session=session, overpayment_id=overpayment_id, recovered_on=body.recovered_on)


@router.post("/benefits/{benefit_id}/end", response_model=BenefitRead)
async def end_on_ground(benefit_id: int, body: GroundReport, session: Session) -> object:
    """End a benefit for pension, death, military service, emigration or imprisonment."""
    return await service.end_on_ground(session=session, benefit_id=benefit_id, ground=body.ground, on=body.effective_on)


@router.get("/overpayments", response_model=Page[OverpaymentRead])
async def list_overpayments(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    outstanding: bool | None = None,
) -> object:
    """Overpayments to recover."""
    return await OverpaymentRepository(session).list(page=page, national_id=national_id, outstanding=outstanding)


@router.get("/public-notices/{community}", response_model=list[PublicNoticeEntry])
async def public_notice(community: str, session: Session) -> object:
    """The list of current benefit recipients of a street/community, IDs masked (seed 001 §8)."""
    return await service.public_notice(session=session, community=community)
