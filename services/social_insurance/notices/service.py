"""The notice of social-insurance continuation (社会保险缴费接续通知书, seed 000 annex §5),
issued when a contract ends: account balance and contribution time, documents to bring, how to
stay insured under each kind of re-employment, how benefits are calculated, and the contact."""

import html
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.models import ContinuationNotice, Contribution, outbox
from services.social_insurance.rules.books import rulebook_for
from services.social_insurance.settings import SocialInsuranceSettings
from shared.db import utcnow
from shared.events.labour import TerminationRecorded
from shared.events.social_insurance import ContinuationNoticeIssued
from shared.events.vocabulary import Jurisdiction

Language = Literal["vi", "zh", "en"]
CURRENCY = {Jurisdiction.VN: "VND", Jurisdiction.CN: "CNY"}


@cache
def _texts() -> dict[str, Any]:
    return yaml.safe_load((Path(__file__).parent / "texts.yaml").read_text())


async def issue_notices(*, session: AsyncSession, terminations: Sequence[TerminationRecorded]) -> list[ContinuationNotice]:
    """Reconcile each person's record and issue one notice per termination version (once), in one go."""
    if not terminations:
        return []
    issued = {
        (n.termination_id, n.national_id, n.termination_version)
        for n in await session.execute(select(
            ContinuationNotice.termination_id, ContinuationNotice.national_id, ContinuationNotice.termination_version,
        ).where(ContinuationNotice.termination_id.in_(sorted({t.termination_id for t in terminations}))))
    }
    people = {t.national_id for t in terminations}
    accounts = {
        row.national_id: row for row in await session.execute(
            select(
                Contribution.national_id,
                func.count(func.distinct(case((Contribution.pension_individual > 0, Contribution.month)))).label("months"),
                func.coalesce(func.sum(Contribution.pension_individual), 0).label("balance"),
            ).where(Contribution.national_id.in_(sorted(people)), Contribution.paid_on.is_not(None)).group_by(Contribution.national_id)
        )
    }
    issued_at = utcnow()
    notices = []
    for termination in terminations:
        key = (termination.termination_id, termination.national_id, termination.version)
        if key in issued:
            continue
        issued.add(key)
        account = accounts.get(termination.national_id)
        notices.append(ContinuationNotice(
            national_id=termination.national_id, termination_id=termination.termination_id,
            termination_version=termination.version,
            content=_content(termination, months=account.months if account else 0, balance=Decimal(account.balance if account else 0),
                             issued_at=issued_at),
        ))
    session.add_all(notices)
    await session.flush()
    await outbox.record_many(session, [(ContinuationNoticeIssued(
        notice_id=n.id, national_id=n.national_id, termination_id=n.termination_id, termination_version=n.termination_version,
        contribution_months=n.content["account"]["contribution_months"], account_balance=Decimal(n.content["account"]["balance"]),
        issued_at=issued_at,
    ), n.national_id) for n in notices])
    return notices


def _content(termination: TerminationRecorded, *, months: int, balance: Decimal, issued_at: datetime) -> dict[str, Any]:
    book = rulebook_for(jurisdiction=termination.jurisdiction, termination_date=termination.last_working_day, locality_code=termination.locality_code)
    return {
        "national_id": termination.national_id, "jurisdiction": termination.jurisdiction.value,
        "employer": termination.employer_name, "last_working_day": termination.last_working_day.isoformat(),
        "reason": termination.reason.value, "issued_at": issued_at.isoformat(),
        "account": {
            "balance": str(balance.quantize(Decimal("0.01"))), "currency": CURRENCY[termination.jurisdiction],
            "contribution_months": months, "years": months // 12, "months": months % 12,
        },
        "rule_pack": book.id,
        "benefit_figures": {
            "rate": f"{Decimal(book.parameters.get('replacement_rate', '0')):.0%}",
            "cap_multiple": book.parameters.get("cap_multiple", ""),
        },
    }


def localized(notice: ContinuationNotice, language: Language, settings: SocialInsuranceSettings) -> dict[str, Any]:
    """The notice's figures with its texts in one language, and the agency's current contact."""
    content = notice.content
    texts = _texts()[language]
    account = content["account"]
    return {
        "id": notice.id, "language": language, **content,
        "title": texts["title"],
        "ended": texts["ended"].format(employer=content["employer"], last_working_day=content["last_working_day"]),
        "account_summary": texts["account"].format(**account),
        "documents": texts["documents"][content["jurisdiction"]],
        "options": texts["options"],
        "benefit_calculation": texts["benefit"][content["rule_pack"]].format(**content["benefit_figures"]),
        "preserved": texts["preserved"],
        "labels": {k: texts[k] for k in ("to", "documents_title", "options_title", "benefit_title", "contact_title")},
        "contact": settings.agency_contacts[Jurisdiction(content["jurisdiction"])].model_dump(),
    }


def render_html(notice: ContinuationNotice, language: Language, settings: SocialInsuranceSettings) -> str:
    """A printable HTML page of the notice in one language."""
    n = localized(notice, language, settings)
    e = html.escape

    def items(values: Any) -> str:
        return "".join(f"<li>{e(str(v))}</li>" for v in values)
    contact = n["contact"]
    return f"""<!doctype html>
<html lang="{language}"><head><meta charset="utf-8"><title>{e(n['title'])}</title>
<style>body{{font-family:serif;max-width:42em;margin:2em auto}}h1{{text-align:center}}@media print{{body{{margin:0}}}}</style></head>
<body>
<h1>{e(n['title'])}</h1>
<p>{e(n['labels']['to'])}: {e(n['national_id'])}</p>
<p>{e(n['ended'])}</p>
<p>{e(n['account_summary'])}</p>
<h2>{e(n['labels']['documents_title'])}</h2><ul>{items(n['documents'])}</ul>
<h2>{e(n['labels']['options_title'])}</h2><ul>{items(n['options'].values())}</ul>
<p>{e(n['preserved'])}</p>
<h2>{e(n['labels']['benefit_title'])}</h2><p>{e(n['benefit_calculation'])}</p>
<h2>{e(n['labels']['contact_title'])}</h2><p>{e(contact['name'])}<br>{e(contact['address'])}<br>{e(contact['phone'])}</p>
<p><small>{e(n['issued_at'])}</small></p>
</body></html>
"""
