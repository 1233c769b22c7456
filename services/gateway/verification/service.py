"""Verification of the documents LabourLink issues, for anyone holding one: the code names its
issuer, and the issuer's register says whether it signed it (and, for an uploaded PDF, that
content). Also the one document the gateway issues itself: a person's own access log."""

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml
from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.audit.repository import AuditRepository
from services.gateway.audit.schemas import AccessRead
from services.gateway.routing.forwarding import upstream_headers
from services.gateway.routing.upstream import Upstreams
from services.gateway.verification.schemas import DocumentVerification
from shared.clock import today_of
from shared.documents.formatting import Language
from shared.documents.register import DocumentRegister, IssuedDocument, Verification
from shared.documents.rendering import DocumentTemplates, attached, embedded_signature, pdf_in_thread
from shared.documents.signing import parsed_code

TEMPLATES = DocumentTemplates("services.gateway.verification")
# The access log printed: the latest accesses, as many as the JSON gives on one page at most.
ACCESS_LOG_ENTRIES = 1000


@cache
def _texts() -> dict[str, Any]:
    return yaml.safe_load((Path(__file__).parent / "texts.yaml").read_text())


async def verify_code(
    *,
    request: Request,
    upstreams: Upstreams,
    register: DocumentRegister,
    code: str,
    content_sha256: str | None = None,
) -> DocumentVerification:
    """What the issuer the code names says of it; `not issued by us` for a code of no issuer."""
    parsed = parsed_code(code)
    if parsed is None:
        return DocumentVerification.not_ours()  # type: ignore[return-value]  # the subclass's own classmethod
    if parsed.issuer == "gateway":
        answer = await register.verify(code, content_sha256=content_sha256)
    else:
        response = await upstreams.call(
            parsed.issuer,
            "GET",
            f"/issued-documents/{quote(code, safe='')}",
            params=[("content_sha256", content_sha256)] if content_sha256 else None,
            headers=upstream_headers(request),
        )
        answer = Verification.model_validate_json(response.content) if response.is_success else Verification.not_ours()
    return DocumentVerification(**answer.model_dump(), issuer=parsed.issuer if answer.genuine else None)


async def verify_pdf(
    *, request: Request, upstreams: Upstreams, register: DocumentRegister, pdf: bytes
) -> DocumentVerification:
    """Whether an uploaded PDF is one we issued, unchanged: its code, and the content it carries."""
    signature = embedded_signature(pdf)
    if signature is None:
        return DocumentVerification.not_ours()  # type: ignore[return-value]
    code, digest = signature
    return await verify_code(request=request, upstreams=upstreams, register=register, code=code, content_sha256=digest)


async def access_log_pdf(
    *, session: AsyncSession, register: DocumentRegister, national_id: str, language: Language
) -> tuple[IssuedDocument, bytes]:
    """The person's own access log as a signed PDF in their language."""
    entries = await AuditRepository(session).of_person(national_id, after=0, limit=ACCESS_LOG_ENTRIES)
    shown = [AccessRead.model_validate(e).model_dump(mode="json") for e in entries]
    today = today_of(session)
    document = await register.issue(
        IssuedDocument(
            kind="access_log",
            reference=f"LL-GW-{today:%Y%m%d}-A{entries[-1].seq if entries else 0:09d}",
            issued_on=today,
            language=language,
            content={"national_id": national_id, "entries": shown},
        )
    )
    texts = _texts()[language]
    html = TEMPLATES.html(
        "access_log.html",
        document=document,
        agency=texts["agency"],
        texts=texts,
        title=texts["title"],
        national_id=national_id,
        entries=shown,
    )
    return document, await pdf_in_thread(html, attachment=attached(document))
