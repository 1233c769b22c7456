from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from services.social_insurance.dependencies import Session, Settings
from services.social_insurance.notices import service
from services.social_insurance.notices.documents import Register, registered
from services.social_insurance.notices.repository import NoticeRepository
from shared.documents.formatting import Language
from shared.documents.register import add_verification
from shared.documents.rendering import pdf_response
from shared.national_id import NATIONAL_ID_PATTERN, NationalIdFilter, normalised
from shared.pagination import PageRequest, page_request

# The agency's documents: continuation notices, the public lists of recipients, and the register
# that verifies them (not a partner route: the gateway's public verification asks it).
router = APIRouter(tags=["continuation notices"])
WHOSE = Query(
    pattern=NATIONAL_ID_PATTERN, description="whose document it is: a printed page names no one a machine can read"
)


@router.get("/continuation-notices")
async def list_notices(
    session: Session,
    settings: Settings,
    national_id: NationalIdFilter = None,
    language: Language = "en",
    page: PageRequest = Depends(page_request),
) -> dict[str, Any]:
    """Notices issued, newest versions included, by keyset pages."""
    found = await NoticeRepository(session).list(page=page, national_id=national_id)
    return {**found, "items": [service.localized(n, language, settings) for n in found["items"]]}


@router.get("/continuation-notices/{notice_id}")
async def get_notice(notice_id: int, session: Session, settings: Settings, language: Language = "en") -> dict[str, Any]:
    """A notice as JSON, its texts in Vietnamese (vi), Chinese (zh) or English (en)."""
    return service.localized(await NoticeRepository(session).get_or_404(notice_id), language, settings)


@router.get("/continuation-notices/{notice_id}/print", response_class=HTMLResponse)
async def print_notice(
    notice_id: int, session: Session, settings: Settings, national_id: str = WHOSE, language: Language = "en"
) -> HTMLResponse:
    """A notice as a printable HTML page, for the person it was issued to (the PDF is the signed copy)."""
    return HTMLResponse(
        await service.render_html(
            session=session,
            notice_id=notice_id,
            national_id=normalised(national_id),
            language=language,
            settings=settings,
        )
    )


@router.get(
    "/continuation-notices/{notice_id}/notice.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the notice, PDF/A-3b, signed"}},
)
async def notice_pdf(
    notice_id: int,
    session: Session,
    settings: Settings,
    register: Register,
    national_id: str = WHOSE,
    language: Language = "en",
) -> Response:
    """The notice as a signed PDF in one language, for the person it was issued to; its code and QR
    code verify at the gateway's /v1/documents/verify/{code}."""
    document, pdf = await service.notice_pdf(
        session=session,
        register=register,
        notice_id=notice_id,
        national_id=normalised(national_id),
        language=language,
        settings=settings,
    )
    return pdf_response(pdf, name=f"{document.reference}-{language}.pdf")


@router.get(
    "/public-notices/{community}/list.pdf",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/pdf": {}}, "description": "the list, signed, IDs masked"}},
)
async def public_notice_pdf(
    community: str, session: Session, settings: Settings, register: Register, language: Language = "vi"
) -> StreamingResponse:
    """The public list of a street/community's benefit recipients as a signed PDF, IDs masked (seed
    001 §8); a long list is laid out a chunk of pages at a time and streamed."""
    document, file = await service.public_notice_pdf(
        session=session, register=register, community=community, language=language, settings=settings
    )
    return StreamingResponse(
        service.blocks_of(file),
        media_type="application/pdf",
        headers={"content-disposition": f'inline; filename="{document.reference}-{language}.pdf"'},
    )


add_verification(router, registered)
