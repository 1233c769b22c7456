"""The notice of social-insurance continuation (社会保险缴费接续通知书, seed 000 annex §5),
issued when a contract ends: account balance and contribution time, documents to bring, how to
stay insured under each kind of re-employment, how benefits are calculated, and the contact."""

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel.dates import format_date
from babel.numbers import format_currency
from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import ContinuationNotice, Termination, outbox
from services.social_insurance.notices.repository import NoticeRepository
from services.social_insurance.notices.schemas import Language
from services.social_insurance.rules.books import rulebook_for
from services.social_insurance.settings import SocialInsuranceSettings
from shared.clock import today_of
from shared.db import utcnow
from shared.events.social_insurance import ContinuationNoticeIssued
from shared.events.vocabulary import Jurisdiction

CURRENCY = {Jurisdiction.VN: "VND", Jurisdiction.CN: "CNY"}


@cache
def _texts() -> dict[str, Any]:
    return yaml.safe_load((Path(__file__).parent / "texts.yaml").read_text())


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
    texts = _texts()[language]
    account = content["account"]
    locale = texts["locale"]

    def day(iso: str) -> str:
        return format_date(date.fromisoformat(iso[:10]), format=texts["date_pattern"], locale=locale)

    balance = format_currency(Decimal(account["balance"]), account["currency"], locale=locale)
    return {
        "id": notice.id,
        "language": language,
        **content,
        "reference": reference_of(notice),
        "addressee": content.get("full_name") or content["national_id"],  # notices from before labour sent the name
        "issued_on": day(content["issued_at"]),
        "title": texts["title"],
        "ended": texts["ended"].format(employer=content["employer"], last_working_day=day(content["last_working_day"])),
        "account_summary": texts["account"].format(**{**account, "balance": balance}),
        "documents": texts["documents"][content["jurisdiction"]],
        "options": texts["options"],
        "benefit_calculation": texts["benefit"][content["rule_pack"]].format(**content["benefit_figures"]),
        "preserved": texts["preserved"],
        "labels": {
            k: texts[k]
            for k in ("to", "reference", "issued", "documents_title", "options_title", "benefit_title", "contact_title")
        },
        "contact": settings.agency_contacts[Jurisdiction(content["jurisdiction"])].model_dump(),
    }


def render_html(notice: ContinuationNotice, language: Language, settings: SocialInsuranceSettings) -> str:
    """A printable HTML page of the notice in one language (autoescaped template)."""
    return (
        _templates()
        .get_template("continuation_notice.html")
        .render(notice=localized(notice, language, settings), language=language)
    )


@cache
def _templates() -> Environment:
    return Environment(
        loader=PackageLoader("services.social_insurance.notices"), autoescape=select_autoescape(), auto_reload=False
    )
