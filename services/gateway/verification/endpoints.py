from fastapi import APIRouter, Body, Path, Request
from fastapi.responses import Response

from services.gateway.access.policy import OWN_ACCESS_LOG
from services.gateway.dependencies import Services, Session
from services.gateway.routing.admission import Admitted
from services.gateway.routing.operations import needs
from services.gateway.verification import service
from services.gateway.verification.repository import Register
from services.gateway.verification.schemas import DocumentVerification
from shared.documents.formatting import Language
from shared.documents.rendering import MEDIA_TYPE, pdf_response
from shared.problems import Forbidden

router = APIRouter(prefix="/v1", tags=["documents"])
PUBLIC = needs()  # anyone holding a document may check it: no credentials, and no personal data answered


@router.get("/documents/verify/{code}", response_model=DocumentVerification, openapi_extra=PUBLIC)
async def verify_code(
    request: Request,
    services: Services,
    register: Register,
    code: str = Path(max_length=64, description="the code printed on the document, under its QR code"),
) -> object:
    """Whether LabourLink issued the document with this code: genuine, with its kind, date and
    reference, or `not issued by us`. Never the person's data."""
    return await service.verify_code(request=request, upstreams=services, register=register, code=code)


@router.post(
    "/documents/verify",
    response_model=DocumentVerification,
    openapi_extra={
        **PUBLIC,
        "requestBody": {"required": True, "content": {MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}},
    },
)
async def verify_pdf(
    request: Request, services: Services, register: Register, pdf: bytes = Body(media_type=MEDIA_TYPE)
) -> object:
    """Whether an uploaded PDF is one LabourLink issued, unchanged: a changed document, or one that
    carries no code of ours, is `not issued by us`."""
    return await service.verify_pdf(request=request, upstreams=services, register=register, pdf=pdf)


@router.get(
    "/me/access-log.pdf",
    response_class=Response,
    responses={200: {"content": {MEDIA_TYPE: {}}, "description": "the access log, PDF/A-3b, signed"}},
    openapi_extra=needs(OWN_ACCESS_LOG),
)
async def my_access_log_pdf(
    session: Session, admission: Admitted, register: Register, language: Language = "vi"
) -> Response:
    """Which agency looked at my data, when and why, as a signed PDF in my language: for a person's own token only."""
    national_id = admission.caller.national_id
    if national_id is None:  # the scope is never granted to agencies; refuse should one hold it
        raise Forbidden(
            "only the person themselves may read this log: use a person token", missing_scope=OWN_ACCESS_LOG
        )
    document, pdf = await service.access_log_pdf(
        session=session, register=register, national_id=national_id, language=language
    )
    return pdf_response(pdf, name=f"{document.reference}-{language}.pdf")
