from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from services.social_insurance.claims import service
from services.social_insurance.claims.schemas import ClaimCreate, ClaimImportReport, ClaimRead, ReplayedDecision
from services.social_insurance.dependencies import Session, Settings
from services.social_insurance.notices.documents import Register
from shared.documents.formatting import Language
from shared.documents.rendering import pdf_response
from shared.national_id import NATIONAL_ID_PATTERN, NationalIdFilter, normalised
from shared.ndjson import NdjsonBody, request_body_documentation
from shared.pagination import Page, PageRequest, page_request

router = APIRouter(prefix="/claims", tags=["claims"])


@router.post("", status_code=201, response_model=ClaimRead)
async def file_claim(body: ClaimCreate, session: Session) -> object:
    """File a claim; it is decided at once under the rulebook in force, every rule stated with its article."""
    claim, benefit = await service.file_claim(session=session, claim=body)
    return ClaimRead.of(claim, benefit_id=benefit.id if benefit else None)


@router.post(
    "/import",
    response_model=ClaimImportReport,
    openapi_extra=request_body_documentation(
        ClaimCreate,
        (
            '{"national_id": "079190001234", "filed_on": "2026-03-09"}\n'
            '{"national_id": "079190001235", "filed_on": "2026-03-09"}\n'
        ),
    ),
)
async def import_claims(body: NdjsonBody, session: Session) -> object:
    """File a centre's claims in bulk (NDJSON, one claim a line), each decided as if filed alone; safe to send
    again. Each line's result names the line, and a rejected one the field and the rule."""
    return await service.import_claims(session=session, body=body)


@router.get("", response_model=Page[ClaimRead])
async def list_claims(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    eligible: bool | None = None,
) -> object:
    """Claims, filtered, by keyset pages."""
    return await service.read_claims(session=session, page=page, national_id=national_id, eligible=eligible)


@router.get("/{claim_id}", response_model=ClaimRead)
async def get_claim(claim_id: int, session: Session) -> object:
    """One claim with its facts and decision."""
    return await service.read_claim(session=session, claim_id=claim_id)


@router.get("/{claim_id}/replay", response_model=ReplayedDecision)
async def replay_decision(claim_id: int, session: Session) -> object:
    """Decide the claim again from its stored facts and pack; `same` must be true."""
    return await service.replay_decision(session=session, claim_id=claim_id)


@router.get(
    "/{claim_id}/decision.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the decision, PDF/A-3b, signed"}},
)
async def decision_pdf(
    claim_id: int,
    session: Session,
    settings: Settings,
    register: Register,
    national_id: str = Query(pattern=NATIONAL_ID_PATTERN, description="whose claim it is"),
    language: Language = "en",
) -> Response:
    """The decision as a signed PDF in one language, for the person who claimed: every rule with its
    article and why it passed or failed; its code verifies at the gateway's /v1/documents/verify/{code}."""
    document, pdf = await service.decision_pdf(
        session=session,
        register=register,
        claim_id=claim_id,
        national_id=normalised(national_id),
        language=language,
        settings=settings,
    )
    return pdf_response(pdf, name=f"{document.reference}-{language}.pdf")
