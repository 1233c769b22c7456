"""Reports for the targets of DOMAIN.md §4, from the report tables the gateway projects from events.

Reports are computed from what the services actually published and when, not from anything
configured: a registration opens a case, each assistance action or outcome becomes a dated
action of the person, and a termination is linked to its continuation notice by the two events'
own timestamps.
"""

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import SatisfactionResponse
from services.gateway.reports.actions import Action, DatedAction
from services.gateway.reports.repository import ReportRepository
from services.gateway.reports.schemas import (
    FundMonths,
    FundMonthsReport,
    Grouping,
    Indicator,
    KpiGroup,
    KpiReport,
    LinkageGroup,
    LinkageReport,
    QuarterlyRow,
    QuarterlyTable,
    SatisfactionGroup,
    SatisfactionReport,
    SurveyResponse,
    TargetRead,
)
from services.gateway.routing.upstream import Upstreams
from shared.clock import clock_of
from shared.events.labour import TerminationRecorded, UnemploymentRegistered
from shared.events.social_insurance import ContinuationNoticeIssued
from shared.kpis import KPIS
from shared.percentiles import percentile
from shared.problems import Conflict, InvalidInput

LINKED_WITHIN = timedelta(days=1)

# The person-based indicators, measured over the case outcomes (their numerators and denominators).
PERSON_KPIS = (
    "counselled",
    "referred",
    "placed_after_referral",
    "three_offers",
    "training_pass",
    "reemployed_after_training",
    "pension_continuation",
)


async def open_cases(*, session: AsyncSession, registrations: Sequence[UnemploymentRegistered]) -> None:
    """Open a case per registration: the person-based KPIs measure what happened after it."""
    await ReportRepository(session).add_cases(
        [
            {
                "registration_id": r.registration_id,
                "national_id": r.national_id,
                "centre_code": r.centre_code,
                "province": r.province,
                "district": r.district,
                "registered_on": r.registered_on,
            }
            for r in registrations
        ]
    )


async def link_terminations(
    *,
    session: AsyncSession,
    terminations: Sequence[tuple[TerminationRecorded, datetime]],
) -> None:
    """Note when each termination was published, to be linked with its continuation notice."""
    await ReportRepository(session).link(
        terminations=[
            (t.termination_id, t.national_id, t.employer_province, published) for t, published in terminations
        ]
    )


async def link_notices(*, session: AsyncSession, notices: Sequence[ContinuationNoticeIssued]) -> None:
    """Note when each termination's continuation notice was issued, whichever of the two arrives first."""
    await ReportRepository(session).link(notices=[(n.termination_id, n.national_id, n.issued_at) for n in notices])


async def count_actions(*, session: AsyncSession, actions: Sequence[DatedAction | None]) -> None:
    """Add the dated actions of people to the report tables; None (an event that counts as none) is skipped."""
    await ReportRepository(session).add_actions(
        [
            {"national_id": a.national_id, "action": a.action.value, "happened_on": a.happened_on}
            for a in actions
            if a is not None
        ]
    )


def measure(indicator: str, numerator: int, denominator: int, *, year: int) -> Indicator:
    """The share against the target that holds for a period ending in `year`."""
    target = KPIS[indicator].target_for(year)
    percent = (Decimal(100 * numerator) / denominator).quantize(Decimal("0.1")) if denominator else None
    return Indicator(
        indicator=indicator,
        numerator=numerator,
        denominator=denominator,
        percent=percent,
        target_percent=target,
        met=None if percent is None else percent >= target,
    )


def _period(start: date, end: date, *, field: str) -> None:
    if end < start:
        raise InvalidInput.of(field, "not_before_start", f"the period ends ({end}) before it starts ({start})")


def _group_of(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row.get(key) for key in ("province", "district", "centre_code")}


async def kpis(
    *,
    session: AsyncSession,
    registered_from: date,
    registered_to: date,
    grouping: Grouping,
) -> KpiReport:
    """Counselled, referred, placed, three offers, training and pension continuation, per group, to date."""
    _period(registered_from, registered_to, field="registered_to")
    rows = await ReportRepository(session).case_outcomes(
        registered_from=registered_from, registered_to=registered_to, grouping=grouping
    )
    year = registered_to.year
    return KpiReport(
        registered_from=registered_from,
        registered_to=registered_to,
        group_by=grouping.group_by,
        targets=[
            TargetRead(
                indicator=name,
                description=KPIS[name].description,
                source=KPIS[name].source,
                target_percent=KPIS[name].target_for(year),
            )
            for name in PERSON_KPIS
        ],
        groups=[
            KpiGroup(
                **_group_of(row),
                registered=row["registered"],
                paid_while_working=row["paid_while_working"] or 0,
                overpayments_recovered=row["overpayment_recovered"] or 0,
                indicators=[
                    measure(name, row[KPIS[name].numerator] or 0, row[KPIS[name].denominator] or 0, year=year)
                    for name in PERSON_KPIS
                ],
            )
            for row in rows
        ],
    )


async def data_linkage(
    *,
    session: AsyncSession,
    recorded_from: date,
    recorded_to: date,
    group_by: str,
    province: str | None = None,
) -> LinkageReport:
    """Terminations that produced a continuation notice within a day, and the lag, by the events' own times."""
    _period(recorded_from, recorded_to, field="recorded_to")
    now = clock_of(session).now()
    terminations = await ReportRepository(session).linked_terminations(
        recorded_from=datetime.combine(recorded_from, time(), UTC),
        recorded_before=datetime.combine(recorded_to + timedelta(days=1), time(), UTC),
        province=province,
    )
    by_group: dict[str | None, list[Any]] = defaultdict(list)
    for termination in terminations:
        by_group[termination.province if group_by == "province" else None].append(termination)
    groups = []
    for key in sorted(by_group, key=lambda k: k or ""):
        members = by_group[key]
        lags = [(t.notice_issued_at - t.recorded_at).total_seconds() for t in members if t.notice_issued_at is not None]
        within = sum(1 for lag in lags if lag <= LINKED_WITHIN.total_seconds())
        awaiting = sum(1 for t in members if t.notice_issued_at is None and now - t.recorded_at < LINKED_WITHIN)
        measured = len(members) - awaiting
        p50, p99 = percentile(lags, 0.5), percentile(lags, 0.99)
        groups.append(
            LinkageGroup(
                province=key,
                terminations=len(members),
                measured=measured,
                linked_within_a_day=within,
                linked_later=len(lags) - within,
                awaiting_notice=awaiting,
                indicator=measure("data_linkage", within, measured, year=recorded_to.year),
                lag_p50_seconds=None if p50 is None else round(p50, 3),
                lag_p99_seconds=None if p99 is None else round(p99, 3),
            )
        )
    return LinkageReport(recorded_from=recorded_from, recorded_to=recorded_to, group_by=group_by, groups=groups)


def quarter_bounds(quarter: str) -> tuple[date, date, date]:
    """First day, last day and the table's due date (the 10th of the next month) of `YYYY-Qn`."""
    year, number = int(quarter[:4]), int(quarter[-1])
    start = date(year, 3 * number - 2, 1)
    following = date(year + (number == 4), 1 if number == 4 else 3 * number + 1, 1)
    return start, following - timedelta(days=1), following.replace(day=10)


async def quarterly_table(
    *, session: AsyncSession, quarter: str, province: str | None = None, district: str | None = None
) -> QuarterlyTable:
    """Per district, registrations and each assistance action dated in the quarter (seed 000 §2)."""
    start, end, due = quarter_bounds(quarter)
    repository = ReportRepository(session)
    rows: dict[tuple[str | None, str | None], QuarterlyRow] = {}

    def row_of(record: dict[str, Any]) -> QuarterlyRow:
        key = (record["province"], record["district"])
        if key not in rows:
            rows[key] = QuarterlyRow(
                province=key[0], district=key[1], registrations=0, actions=dict.fromkeys(Action, 0)
            )
        return rows[key]

    for record in await repository.registrations_by_district(
        start=start, end=end, province=province, district=district
    ):
        row_of(record).registrations = record["count"]
    for record in await repository.actions_by_district(start=start, end=end, province=province, district=district):
        row_of(record).actions[record["action"]] = record["count"]
    ordered = [rows[key] for key in sorted(rows, key=lambda k: (k[0] is None, k[0] or "", k[1] or ""))]
    return QuarterlyTable(quarter=quarter, period_start=start, period_end=end, due_on=due, rows=ordered)


async def record_survey_response(
    *, session: AsyncSession, agency_code: str, response: SurveyResponse
) -> tuple[SatisfactionResponse, bool]:
    """Keep a survey answer once; the same answer sent again is the same record, a different one a 409."""
    repository = ReportRepository(session)
    existing = await repository.satisfaction_response(agency_code=agency_code, response_id=response.response_id)
    if existing is not None:
        if SurveyResponse.model_validate(existing, from_attributes=True) != response:
            raise Conflict(f"response {response.response_id} was already received with other answers")
        return existing, False
    record = SatisfactionResponse(agency_code=agency_code, **response.model_dump())
    session.add(record)
    await session.flush()
    return record, True


async def satisfaction(
    *,
    session: AsyncSession,
    surveyed_from: date,
    surveyed_to: date,
    grouping: Grouping,
) -> SatisfactionReport:
    """The satisfaction index per group: satisfied or very satisfied among all responses."""
    _period(surveyed_from, surveyed_to, field="surveyed_to")
    rows = await ReportRepository(session).satisfaction(
        surveyed_from=surveyed_from, surveyed_to=surveyed_to, grouping=grouping
    )
    return SatisfactionReport(
        surveyed_from=surveyed_from,
        surveyed_to=surveyed_to,
        group_by=grouping.group_by,
        groups=[
            SatisfactionGroup(
                **_group_of(row),
                responses=row["responses"],
                indicator=measure("satisfaction", row["satisfied"] or 0, row["responses"], year=surveyed_to.year),
            )
            for row in rows
        ],
    )


async def fund_months(*, upstreams: Upstreams, headers: dict[str, str]) -> FundMonthsReport:
    """Months each fund area can still pay, as social insurance computes them now."""
    response = await upstreams.call("social_insurance", "GET", "/fund-areas", headers=headers)
    return FundMonthsReport(
        areas=[
            FundMonths.model_validate({field: area[field] for field in FundMonths.model_fields})
            for area in orjson.loads(response.content)
        ]
    )
