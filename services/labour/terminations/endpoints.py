from datetime import date

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from services.labour.dependencies import Session, Settings
from services.labour.terminations import service
from services.labour.terminations.documents import Register, registered
from services.labour.terminations.repository import TerminationRepository
from services.labour.terminations.schemas import TerminationCorrection, TerminationRead, TerminationReport
from shared.documents.formatting import Language
from shared.documents.register import add_verification
from shared.documents.rendering import MEDIA_TYPE, pdf_response
from shared.events.vocabulary import TerminationReason
from shared.national_id import NATIONAL_ID_PATTERN, NationalIdFilter, normalised
from shared.pagination import Page, PageRequest, page_request

# No prefix: the register that verifies certificates is no partner route (the gateway's public
# verification asks it), and sits beside the terminations it certifies.
router = APIRouter(tags=["terminations"])


@router.post("/terminations", status_code=201, response_model=TerminationRead)
async def record_termination(body: TerminationReport, session: Session, settings: Settings) -> object:
    """Record the end of a contract; publishes labour.termination.recorded.v1."""
    return await service.record_termination(session=session, settings=settings, report=body)


@router.post("/terminations/{termination_id}/corrections", status_code=201, response_model=TerminationRead)
async def correct_termination(
    termination_id: int, body: TerminationCorrection, session: Session, settings: Settings
) -> object:
    """Correct a termination: a new version, never an overwrite; publishes labour.termination.corrected.v1."""
    return await service.correct_termination(
        session=session, settings=settings, termination_id=termination_id, correction=body
    )


@router.get("/terminations", response_model=Page[TerminationRead])
async def list_terminations(
    session: Session,
    page: PageRequest = Depends(page_request),
    contract_id: int | None = None,
    national_id: NationalIdFilter = None,
    employer_tax_code: str | None = None,
    reason: TerminationReason | None = None,
    reported_late: bool | None = None,
    last_working_day_from: date | None = None,
    last_working_day_to: date | None = None,
    include_superseded: bool = False,
) -> object:
    """Terminations (current versions unless include_superseded), filtered, by keyset pages."""
    return await TerminationRepository(session).list(
        page=page,
        contract_id=contract_id,
        national_id=national_id,
        employer_tax_code=employer_tax_code,
        reason=reason,
        reported_late=reported_late,
        last_day_from=last_working_day_from,
        last_day_to=last_working_day_to,
        include_superseded=include_superseded,
    )


@router.get("/terminations/{termination_id}", response_model=TerminationRead)
async def get_termination(termination_id: int, session: Session) -> object:
    """One version of a termination."""
    return await TerminationRepository(session).get_or_404(termination_id)


@router.get(
    "/terminations/{termination_id}/certificate.pdf",
    response_class=Response,
    responses={200: {"content": {MEDIA_TYPE: {}}, "description": "the certificate, PDF/A-3b, signed"}},
)
async def termination_certificate(
    termination_id: int,
    session: Session,
    register: Register,
    national_id: str = Query(pattern=NATIONAL_ID_PATTERN, description="whose termination it is"),
    language: Language = "zh",
) -> Response:
    """The employer's certificate of termination of the labour relationship (China, Labour Contract
    Law art. 50) as a signed PDF, for the worker; 422 for a termination outside China."""
    document, pdf = await service.certificate_pdf(
        session=session,
        register=register,
        termination_id=termination_id,
        national_id=normalised(national_id),
        language=language,
    )
    return pdf_response(pdf, name=f"{document.reference}-{language}.pdf")


add_verification(router, registered)
