"""From a template and a document to PDF bytes: WeasyPrint lays the page out with Noto Sans and
Noto Sans CJK (deploy/local/fonts.sh installs them), the result is PDF/A-3b with the signed
content attached as `document.json`, and the verification code is printed with its QR code."""

import io
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import IO, Any

import anyio
import segno
import yaml
from fastapi import Response
from jinja2 import ChoiceLoader, Environment, PackageLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from pypdf import PdfReader, PdfWriter
from weasyprint import HTML, Attachment

from shared.documents.formatting import day, money
from shared.documents.register import IssuedDocument
from shared.documents.signing import DocumentKeys, content_digest

ATTACHMENT = "document.json"
PDF_VARIANT = "pdf/a-3b"
MEDIA_TYPE = "application/pdf"


@cache
def _common_texts() -> dict[str, Any]:
    return yaml.safe_load((Path(__file__).parent / "texts.yaml").read_text())


@pass_context
def _money(context: Context, amount: Any, currency: str) -> str:
    return money(amount, currency, context["language"])


@pass_context
def _day(context: Context, value: Any) -> str:
    return day(value, context["language"])


def verification_url(code: str) -> str:
    """Where the QR code points: the gateway's public verification of this code."""
    return f"{DocumentKeys().public_gateway_url.rstrip('/')}/v1/documents/verify/{code}"


def attached(document: IssuedDocument) -> bytes:
    """The JSON attached to the PDF: the code and the content it signs."""
    return json.dumps(
        {"verification_code": document.code, **document.signed_content}, ensure_ascii=False, indent=1, default=str
    ).encode()


class DocumentTemplates:
    """The templates of one service's documents (its package's `templates/`, then the common
    layout here), with `money` and `day` filters in the document's language."""

    def __init__(self, package: str) -> None:
        self.environment = Environment(
            loader=ChoiceLoader([PackageLoader(package), PackageLoader("shared.documents")]),
            autoescape=select_autoescape(default=True),
            auto_reload=False,
        )
        self.environment.filters.update(money=_money, day=_day)

    def html(
        self, template: str, *, document: IssuedDocument, agency: str, texts: Mapping[str, Any], **context: Any
    ) -> str:
        """The document as an HTML page in its language, addressed and referenced, with its code."""
        language = document.language
        return self.environment.get_template(template).render(
            document=document,
            language=language,
            agency=agency,
            common=_common_texts()[language],
            texts=texts,
            qr=segno.make(verification_url(document.code), error="m").svg_data_uri(scale=3) if document.code else "",
            verify_url=verification_url(document.code) if document.code else "",
            **context,
        )

    def pdf(
        self, template: str, *, document: IssuedDocument, agency: str, texts: Mapping[str, Any], **context: Any
    ) -> bytes:
        """The document as PDF/A-3b with its signed content attached."""
        html = self.html(template, document=document, agency=agency, texts=texts, **context)
        return pdf_of(html, attachment=attached(document))


def pdf_of(html: str, *, attachment: bytes | None = None, variant: str | None = PDF_VARIANT) -> bytes:
    """WeasyPrint's PDF of a page."""
    attachments = (
        [Attachment(string=attachment.decode(), name=ATTACHMENT, description="the document's signed content")]
        if attachment
        else []
    )
    pdf = HTML(string=html).write_pdf(pdf_variant=variant, attachments=attachments)
    assert pdf is not None  # write_pdf returns the bytes when given no target
    return pdf


async def pdf_in_thread(html: str, *, attachment: bytes | None = None, variant: str | None = PDF_VARIANT) -> bytes:
    """`pdf_of` off the event loop: a layout takes tens of milliseconds a page."""
    return await anyio.to_thread.run_sync(lambda: pdf_of(html, attachment=attachment, variant=variant))


class JoinedPdf:
    """A long document laid out a chunk of pages at a time (WeasyPrint holds a whole document's
    boxes in memory; a chunk's are freed before the next), joined into one file."""

    def __init__(self) -> None:
        self.writer = PdfWriter()
        self.pages = 0

    def add(self, pdf: bytes) -> None:
        reader = PdfReader(io.BytesIO(pdf))
        self.writer.append(reader)
        self.pages += len(reader.pages)

    def write(self, target: IO[bytes], *, attachment: bytes) -> None:
        """The joined document, with the signed content attached, into `target`."""
        self.writer.add_attachment(ATTACHMENT, attachment)
        self.writer.write(target)


def embedded_signature(pdf: bytes) -> tuple[str, str] | None:
    """The code a PDF of ours carries and the SHA-256 of the content it attaches (None when it
    carries neither): the issuer finds the document genuine only when both are the ones it signed."""
    attachment = embedded_content(pdf)
    try:
        document = IssuedDocument.model_validate({**(attachment or {}), "code": ""})
        code = str((attachment or {})["verification_code"])
    except (ValueError, KeyError):
        return None
    return code, content_digest(document.signed_content)


def embedded_content(pdf: bytes) -> dict[str, Any] | None:
    """The signed content a PDF of ours carries (None when it carries none, or is no PDF)."""
    try:
        found = PdfReader(io.BytesIO(pdf)).attachments.get(ATTACHMENT)
        document = json.loads(found[0]) if found else None
    except Exception:  # noqa: BLE001 - any unreadable upload is simply not one of our documents
        return None
    return document if isinstance(document, dict) else None


def pdf_response(pdf: bytes, *, name: str) -> Response:
    """A PDF shown in the browser, saved under `name` when downloaded."""
    return Response(pdf, media_type=MEDIA_TYPE, headers={"content-disposition": f'inline; filename="{name}"'})
