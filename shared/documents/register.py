"""The issued-documents register: each service keeps the documents it issued (one table in its own
database), so the gateway asks the issuer a code names whether the document is genuine."""

from collections.abc import Callable
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import Column, Date, MetaData, String, Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from shared.db import UTCDateTime, request_session, utcnow
from shared.documents.formatting import Language
from shared.documents.signing import Signer, app_signer, content_digest, parsed_code

NOT_OURS = "not issued by us"


def issued_documents_table(metadata: MetaData) -> Table:
    """Define the register on a service's metadata (its migrations create it)."""
    return Table(
        "issued_documents",
        metadata,
        Column("code", String(40), primary_key=True),
        Column("kind", String(40), nullable=False),
        Column("reference", String(60), nullable=False),
        Column("issued_on", Date, nullable=False),
        Column("content_sha256", String(64), nullable=False),
        Column("registered_at", UTCDateTime, nullable=False),
    )


class Verification(BaseModel):
    """What anyone may learn of a code: genuine or not, and of a genuine document its kind, date
    and reference; never the person's data."""

    genuine: bool
    verdict: str = Field(description="`issued by us`, or `not issued by us`")
    kind: str | None = None
    issued_on: date | None = None
    reference: str | None = None

    @classmethod
    def not_ours(cls) -> "Verification":
        return cls(genuine=False, verdict=NOT_OURS)


class IssuedDocument(BaseModel):
    """A document as issued: what identifies it, the content it was signed over, and its code."""

    kind: str
    reference: str
    issued_on: date
    language: Language
    content: dict[str, Any]
    code: str = ""

    @property
    def signed_content(self) -> dict[str, Any]:
        """What the code is the HMAC of: the content with its kind, reference, date and language."""
        return {
            "kind": self.kind,
            "reference": self.reference,
            "issued_on": self.issued_on.isoformat(),
            "language": self.language,
            "content": self.content,
        }


class DocumentRegister:
    """Issue and verify the documents of one service."""

    def __init__(self, session: AsyncSession, table: Table, signer: Signer) -> None:
        self.session, self.table, self.signer = session, table, signer

    async def issue(self, document: IssuedDocument) -> IssuedDocument:
        """The document signed and registered; the same content issued again gets the same code."""
        digest = content_digest(document.signed_content)
        code = self.signer.sign(digest)
        row = {
            "code": code,
            "kind": document.kind,
            "reference": document.reference,
            "issued_on": document.issued_on,
            "content_sha256": digest,
            "registered_at": utcnow(),
        }
        if await self._row(code) is None:
            try:
                async with self.session.begin_nested():  # a concurrent issue of the same content may win
                    await self.session.execute(self.table.insert().values(**row))
            except IntegrityError:
                pass
        return document.model_copy(update={"code": code})

    async def verify(self, code: str, *, content_sha256: str | None = None) -> Verification:
        """Genuine when this service issued the code and its signature holds (and, given the
        content's digest, when the content is the one it signed)."""
        parsed = parsed_code(code)
        row = await self._row(code) if parsed else None
        if parsed is None or row is None or not self.signer.signed(parsed, row.content_sha256):
            return Verification.not_ours()
        if content_sha256 is not None and content_sha256 != row.content_sha256:
            return Verification.not_ours()
        return Verification(
            genuine=True, verdict="issued by us", kind=row.kind, issued_on=row.issued_on, reference=row.reference
        )

    async def _row(self, code: str) -> Any:
        return (await self.session.execute(select(self.table).where(self.table.c.code == code))).first()


def register_of(table: Table, service: str) -> Callable[..., DocumentRegister]:
    """A FastAPI dependency: the service's register on the request's session, signing with its keys."""

    def register(request: Request, session: AsyncSession = Depends(request_session)) -> DocumentRegister:
        return DocumentRegister(session, table, app_signer(request.app.state, service))

    return register


def add_verification(router: APIRouter, register: Callable[..., DocumentRegister]) -> None:
    """The service's `GET /issued-documents/{code}` on `router`: what the gateway's public
    verification asks the issuer a code names (no partner route: no prefix is exposed)."""

    async def verify_document(
        code: str,
        found: DocumentRegister = Depends(register),
        content_sha256: str | None = Query(
            None, pattern=r"^[0-9a-f]{64}$", description="the SHA-256 of the signed content"
        ),
    ) -> Verification:
        """Whether this service issued the document with this code (and that content): its kind,
        date and reference, never its content."""
        return await found.verify(code, content_sha256=content_sha256)

    router.add_api_route(
        "/issued-documents/{code}", verify_document, methods=["GET"], response_model=Verification, tags=["documents"]
    )


def create_issued_documents_table() -> None:
    """Migration step: create the register of issued documents."""
    import sqlalchemy as sa
    from alembic import op

    op.create_table(
        "issued_documents",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("registered_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_issued_documents")),
    )
