from fastapi import APIRouter, Depends
from sqlalchemy import select

from services.social_insurance.claims import service
from services.social_insurance.claims.schemas import ClaimCreate, ClaimImportReport, ClaimRead, ReplayedDecision
from services.social_insurance.dependencies import Session
from services.social_insurance.models import Benefit, Claim
from shared.national_id import NationalIdFilter
from shared.ndjson import NdjsonBody, request_body_documentation
from shared.pagination import Page, PageRequest, fetch_page, page_request
from shared.problems import NotFound

router = APIRouter(prefix="/claims", tags=["claims"])


async def _claim(session: Session, claim_id: int) -> Claim:
    claim = await session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"no claim {claim_id}")
    return claim


@router.post("", status_code=201, response_model=ClaimRead)
async def file_claim(body: ClaimCreate, session: Session) -> object:
    """File a claim; it is decided at once under the rulebook in force, every rule stated with its article."""
    claim, benefit = await service.file_claim(session=session, claim=body)
    return ClaimRead.model_validate(claim).model_copy(update={"benefit_id": benefit.id if benefit else None})


@router.post("/import", response_model=ClaimImportReport, openapi_extra=request_body_documentation(ClaimCreate, (
    '{"national_id": "079190001234", "filed_on": "2026-03-09"}\n{"national_id": "079190001235", "filed_on": "2026-03-09"}\n')))
async def import_claims(body: NdjsonBody, session: Session) -> object:
    """File a centre's claims in bulk (NDJSON, one claim a line), each decided as if filed alone; safe to send
    again. Each line's result names the line, and a rejected one the field and the rule."""
    return await service.import_claims(session=session, body=body)


@router.get("", response_model=Page[ClaimRead])
async def list_claims(
    session: Session, page: PageRequest = Depends(page_request), national_id: NationalIdFilter = None, eligible: bool | None = None
) -> object:
    """Claims, filtered, by keyset pages."""
    statement = select(Claim)
    if national_id is not None:
        statement = statement.where(Claim.national_id == national_id)
    if eligible is not None:
        statement = statement.where(Claim.eligible == eligible)
    items, next_after = await fetch_page(session, statement, Claim.id, page)
    benefits = dict((await session.execute(select(Benefit.claim_id, Benefit.id).where(Benefit.claim_id.in_([c.id for c in items])))).all())
    return {"items": [ClaimRead.model_validate(c).model_copy(update={"benefit_id": benefits.get(c.id)}) for c in items], "next_after": next_after}


@router.get("/{claim_id}", response_model=ClaimRead)
async def get_claim(claim_id: int, session: Session) -> object:
    """One claim with its facts and decision."""
    claim = await _claim(session, claim_id)
    benefit_id = await session.scalar(select(Benefit.id).where(Benefit.claim_id == claim_id))
    return ClaimRead.model_validate(claim).model_copy(update={"benefit_id": benefit_id})


@router.get("/{claim_id}/replay", response_model=ReplayedDecision)
async def replay_decision(claim_id: int, session: Session) -> object:
    """Decide the claim again from its stored facts and pack; `same` must be true."""
    claim = await _claim(session, claim_id)
    same, decision = service.replay_decision(claim)
    return ReplayedDecision(claim_id=claim_id, national_id=claim.national_id, same=same, monthly_amount=decision.monthly_amount, months=decision.months)
