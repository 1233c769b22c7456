"""The notice of social-insurance continuation (社会保险缴费接续通知书, seed 000 annex §5),
issued when a contract ends: account balance and contribution time, documents to bring, how to
stay insured under each kind of re-employment, how benefits are calculated, and the contact."""

import hashlib
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import ContinuationNotice, Termination, outbox
from services.social_insurance.notices.documents import TEMPLATES, texts
from services.social_insurance.notices.repository import NoticeRepository
from services.social_insurance.rules.books import rulebook_for
from services.social_insurance.settings import SocialInsuranceSettings
from shared.clock import today_of
from shared.db import utcnow
from shared.documents.formatting import Language, day, money
from shared.documents.register import DocumentRegister, IssuedDocument
from shared.documents.rendering import JoinedPdf, attached, pdf_in_thread
from shared.documents.signing import content_digest
from shared.events.social_insurance import ContinuationNoticeIssued
from shared.events.vocabulary import Jurisdiction
from shared.national_id import masked
from shared.problems import NotFound

CURRENCY = {Jurisdiction.VN: "VND", Jurisdiction.CN: "CNY"}


async def issue_notices(*, session: AsyncSession, terminations: Sequence[Termination]) -> list[ContinuationNotice]:
    """Reconcile each person's record and issue one notice per termination version (once), in one go."""
    if not terminations:
        return []
    repository = NoticeRepository(session)
    issued = await repository.issued(t.termination_id for t in terminations)
    accounts = await repository.accounts(t.national_id for t in terminations)
    issued_at = utcnow()
    notices = []
    for termination in terminations:
        key = (termination.termination_id, termination.national_id, termination.version)
        if key in issued:
            continue
        issued.add(key)
        account = accounts.get(termination.national_id)
        notices.append(
            ContinuationNotice(
                national_id=termination.national_id,
                termination_id=termination.termination_id,
                termination_version=termination.version,
                content=_content(
                    termination,
                    months=account.months if account else 0,
                    balance=Decimal(account.balance if account else 0),
                    issued_at=issued_at,
                ),
            )
        )
    await repository.add_all(notices)
    await outbox.record_many(
        session,
        [
            (
                ContinuationNoticeIssued(
                    notice_id=n.id,
                    national_id=n.national_id,
                    termination_id=n.termination_id,
                    termination_version=n.termination_version,
                    contribution_months=n.content["account"]["contribution_months"],
                    account_balance=Decimal(n.content["account"]["balance"]),
                    issued_at=issued_at,
                ),
                n.national_id,
            )
            for n in notices
        ],
    )
    return notices


async def issue_due_notices(*, session: AsyncSession) -> list[ContinuationNotice]:
    """The notices of announced terminations whose last working day has come (the worker runs this hourly)."""
    return await issue_notices(
        session=session, terminations=await NoticeRepository(session).due(today=today_of(session))
    )


def _content(termination: Termination, *, months: int, balance: Decimal, issued_at: datetime) -> dict[str, Any]:
    book = rulebook_for(
        jurisdiction=termination.jurisdiction,
        termination_date=termination.last_working_day,
        locality_code=termination.locality_code,
    )
    return {
        "national_id": termination.national_id,
        "full_name": termination.full_name,
        "jurisdiction": termination.jurisdiction.value,
        "employer": termination.employer_name,
        "last_working_day": termination.last_working_day.isoformat(),
        "reason": termination.reason.value,
        "issued_at": issued_at.isoformat(),
        "account": {
            "balance": str(balance.quantize(Decimal("0.01"))),
            "currency": CURRENCY[termination.jurisdiction],
            "contribution_months": months,
            "years": months // 12,
            "months": months % 12,
        },
        "rule_pack": book.id,
        "benefit_figures": {
            "rate": f"{Decimal(book.parameters.get('replacement_rate', '0')):.0%}",
            "cap_multiple": book.parameters.get("cap_multiple", ""),
        },
    }


def reference_of(notice: ContinuationNotice) -> str:
    """The notice's reference number: jurisdiction, year of issue and number, the same in every language."""
    return f"LL-{notice.content['jurisdiction']}-{notice.content['issued_at'][:4]}-{notice.id:07d}"


def localized(notice: ContinuationNotice, language: Language, settings: SocialInsuranceSettings) -> dict[str, Any]:
    """The notice's figures with its texts in one language (money and dates as that language writes
    them), addressed to the person by name, and the agency's current contact."""
    content = notice.content
    wording = texts(language)["notice"]
    account = content["account"]
    balance = money(account["balance"], account["currency"], language)
    return {
        "id": notice.id,
        "language": language,
        **content,
        "reference": reference_of(notice),
        "addressee": content.get("full_name") or content["national_id"],  # notices from before labour sent the name
        "issued_on": day(content["issued_at"], language),
        "title": wording["title"],
        "ended": wording["ended"].format(
            employer=content["employer"], last_working_day=day(content["last_working_day"], language)
        ),
        "account_summary": wording["account"].format(**{**account, "balance": balance}),
        "documents": wording["documents"][content["jurisdiction"]],
        "options": wording["options"],
        "benefit_calculation": wording["benefit"][content["rule_pack"]].format(**content["benefit_figures"]),
        "preserved": wording["preserved"],
        "labels": {k: wording[k] for k in ("documents_title", "options_title", "benefit_title", "contact_title")},
        "contact": settings.agency_contacts[Jurisdiction(content["jurisdiction"])].model_dump(),
    }


def _document(notice: ContinuationNotice, language: Language) -> IssuedDocument:
    return IssuedDocument(
        kind="continuation_notice",
        reference=reference_of(notice),
        issued_on=date.fromisoformat(notice.content["issued_at"][:10]),
        language=language,
        content=notice.content,
    )


def _page(document: IssuedDocument, notice: ContinuationNotice, settings: SocialInsuranceSettings) -> str:
    shown = localized(notice, document.language, settings)
    return TEMPLATES.html(
        "continuation_notice.html",
        document=document,
        agency=shown["contact"]["name"],
        texts=texts(document.language)["notice"],
        title=shown["title"],
        addressee=shown["addressee"],
        notice=shown,
    )


async def _notice_of(session: AsyncSession, notice_id: int, national_id: str) -> ContinuationNotice:
    notice = await NoticeRepository(session).get_or_404(notice_id)
    if notice.national_id != national_id:
        raise NotFound(f"no notice {notice_id} for {national_id}")
    return notice


async def render_html(
    *, session: AsyncSession, notice_id: int, national_id: str, language: Language, settings: SocialInsuranceSettings
) -> str:
    """A printable HTML page of the person's notice in one language (its PDF, unsigned)."""
    notice = await _notice_of(session, notice_id, national_id)
    return _page(_document(notice, language), notice, settings)


async def notice_pdf(
    *,
    session: AsyncSession,
    register: DocumentRegister,
    notice_id: int,
    national_id: str,
    language: Language,
    settings: SocialInsuranceSettings,
) -> tuple[IssuedDocument, bytes]:
    """The person's notice as a signed PDF in one language, registered so its code verifies."""
    notice = await _notice_of(session, notice_id, national_id)
    document = await register.issue(_document(notice, language))
    return document, await pdf_in_thread(_page(document, notice, settings), attachment=attached(document))


# Rows laid out at a time in a public list: about a dozen pages, a few megabytes of layout.
PUBLIC_NOTICE_CHUNK = 400
_BLOCK = 64 * 1024


def jurisdiction_of(pack: str) -> Jurisdiction:
    """The jurisdiction a rule pack belongs to (VN-2013, CN-JL-2003, …)."""
    return Jurisdiction(pack.split("-")[0])


async def public_notice_pdf(
    *,
    session: AsyncSession,
    register: DocumentRegister,
    community: str,
    language: Language,
    settings: SocialInsuranceSettings,
    chunk: int | None = None,
) -> tuple[IssuedDocument, IO[bytes]]:
    """The public list of a community's benefit recipients, IDs masked (seed 001 §8), as a signed
    PDF in a temporary file: read, laid out and joined a chunk at a time, so a list of 50,000
    people takes the memory of one chunk plus the finished file's objects."""
    repository = NoticeRepository(session)
    wording = texts(language)["public_notice"]
    today = today_of(session)
    joined, rows_digest = JoinedPdf(), hashlib.sha256()
    jurisdiction, count, after = Jurisdiction.VN, 0, 0
    while page := await repository.recipients(community=community, after_id=after, limit=chunk or PUBLIC_NOTICE_CHUNK):
        if count == 0:
            jurisdiction = jurisdiction_of(page[0].pack)
        rows = []
        for row in page:
            count += 1
            shown = {
                "number": count,
                "name": row.name,
                "masked_id": masked(row.national_id),
                "monthly_amount": str(row.monthly_amount),
                "from_date": row.start_date.isoformat(),
                "months": row.months,
            }
            rows_digest.update(content_digest(shown).encode())
            rows.append(shown)
        after = page[-1].id
        unsigned = _public_notice(community, today, language, jurisdiction, digest="", count=0)
        html = _public_page(unsigned, wording, settings, rows=rows, first=count == len(rows), community=community)
        joined.add(await pdf_in_thread(html, variant=None))
    document = await register.issue(
        _public_notice(community, today, language, jurisdiction, digest=rows_digest.hexdigest(), count=count)
    )
    closing = _public_page(document, wording, settings, rows=[], first=count == 0, community=community)
    joined.add(await pdf_in_thread(closing, variant=None))
    file = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - handed to the response
    await anyio.to_thread.run_sync(lambda: joined.write(file, attachment=attached(document)))
    file.seek(0)
    return document, file


def _public_notice(
    community: str, today: date, language: Language, jurisdiction: Jurisdiction, *, digest: str, count: int
) -> IssuedDocument:
    return IssuedDocument(
        kind="public_notice",
        # One list per community and day; the reference names the day and the community by digest.
        reference=f"LL-{jurisdiction.value}-{today:%Y%m%d}-P{hashlib.sha256(community.encode()).hexdigest()[:6].upper()}",
        issued_on=today,
        language=language,
        content={
            "community": community,
            "currency": CURRENCY[jurisdiction],
            "recipients": count,
            "recipients_sha256": digest,
        },
    )


def _public_page(
    document: IssuedDocument,
    wording: dict[str, Any],
    settings: SocialInsuranceSettings,
    *,
    rows: list[dict[str, Any]],
    first: bool,
    community: str,
) -> str:
    jurisdiction = Jurisdiction(document.reference.split("-")[1])
    return TEMPLATES.html(
        "public_notice.html",
        document=document,
        agency=settings.agency_contacts[jurisdiction].name,
        texts=wording,
        title=wording["title"].format(community=community),
        rows=rows,
        first=first,
        count=document.content["recipients"],
        currency=document.content["currency"],
    )


def blocks_of(file: IO[bytes]) -> Iterator[bytes]:
    """A file's bytes a block at a time, the file closed (and removed) at the end."""
    with file:
        while block := file.read(_BLOCK):
            yield block
