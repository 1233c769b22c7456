from fastapi import APIRouter, Depends
from sqlalchemy import select

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
from services.social_insurance.models import UnemploymentRegistration
from shared.national_id import NationalIdFilter
from shared.pagination import Page, PageRequest, page_request
from shared.problems import NotFound

router = APIRouter(tags=["benefits"])


@router.get("/benefits", response_model=Page[BenefitRead])
async def list_benefits(
    session: Session, page: PageRequest = Depends(page_request), national_id: NationalIdFilter = None,
    status: str | None = None, fund_area: str | None = None,
) -> object:
    """Benefits, filtered, by keyset pages."""
    return await BenefitRepository(session).list(page=page, national_id=national_id, status=status, fund_area=fund_area)


@router.get("/benefits/{benefit_id}", response_model=BenefitDetail)
async def get_benefit(benefit_id: int, session: Session) -> object:
    """One benefit with its monthly payments."""
    benefit = await BenefitRepository(session).with_payments(benefit_id)
    if benefit is None:
        raise NotFound(f"no benefit {benefit_id}")
    return benefit


@router.post("/benefit-payments/run")
async def run_payments(body: PaymentRun, session: Session) -> dict[str, int]:
    """Pay every due month of paying benefits (suspended ones are held until resumed)."""
    return {"paid": await service.run_payments(session=session, through=body.through)}


@router.post("/benefits/{benefit_id}/employment-findings", response_model=FindingOutcome)
async def report_employment(benefit_id: int, body: FindingReport, session: Session) -> object:
    """Report evidence of work; under a rulebook that counts it as employment the benefit ends."""
    outcome = await service.record_employment_finding(session=session, benefit_id=benefit_id, finding=body.finding, on=body.found_on)
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
    session: Session, page: PageRequest = Depends(page_request), national_id: NationalIdFilter = None, outstanding: bool | None = None
) -> object:
    """Overpayments to recover."""
    return await OverpaymentRepository(session).list(page=page, national_id=national_id, outstanding=outstanding)


def mask(national_id: str) -> str:
    """Keep the first 3 and last 2 characters of an ID."""
    return national_id[:3] + "*" * (len(national_id) - 5) + national_id[-2:]


@router.get("/public-notices/{community}", response_model=list[PublicNoticeEntry])
async def public_notice(community: str, session: Session) -> object:
    """The list of current benefit recipients of a street/community, IDs masked (seed 001 §8)."""
    recipients = await BenefitRepository(session).recipients(community=community)
    names = dict((await session.execute(
        select(UnemploymentRegistration.national_id, UnemploymentRegistration.full_name)
        .where(UnemploymentRegistration.national_id.in_([b.national_id for b in recipients]))
    )).all())
    return [
        PublicNoticeEntry(name=names.get(b.national_id, ""), masked_id=mask(b.national_id), monthly_amount=b.monthly_amount,
                          from_date=b.start_date, months=b.months)
        for b in recipients
    ]
