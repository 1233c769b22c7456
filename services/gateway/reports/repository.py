"""Queries of the report tables."""

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, case, cast, exists, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from services.gateway.models import LinkedTermination, ReportAction, ReportCase, SatisfactionResponse
from services.gateway.reports.actions import PLACED, Action
from services.gateway.reports.schemas import Grouping
from shared.kpis import OFFERS_PER_PERSON
from shared.repository import where_given

GROUPINGS: dict[str, tuple[str, ...]] = {
    "all": (),
    "province": ("province",),
    "district": ("province", "district"),
    "centre": ("province", "centre_code"),
}


class ReportRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_cases(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            await self.session.execute(insert(ReportCase), list(rows))

    async def add_actions(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            await self.session.execute(insert(ReportAction), list(rows))

    async def link(
        self,
        *,
        terminations: Sequence[tuple[int, str, str | None, datetime]] = (),
        notices: Sequence[tuple[int, str, datetime]] = (),
    ) -> None:
        """Pair each termination's first recorded time (termination id, person, province, time) with its
        first notice's issue time (termination id, person, time), whichever of the two arrives first."""
        keys = {(t[0], t[1]) for t in terminations} | {(n[0], n[1]) for n in notices}
        if not keys:
            return
        rows = {
            (row.termination_id, row.national_id): row
            for row in await self.session.scalars(
                select(LinkedTermination).where(LinkedTermination.termination_id.in_(sorted({k[0] for k in keys})))
            )
        }
        for key in keys - rows.keys():
            rows[key] = LinkedTermination(termination_id=key[0], national_id=key[1])
            self.session.add(rows[key])
        for termination_id, national_id, province, recorded_at in terminations:
            row = rows[(termination_id, national_id)]
            if row.recorded_at is None:  # a correction does not move it
                row.recorded_at, row.province = recorded_at, province
        for termination_id, national_id, issued_at in notices:
            row = rows[(termination_id, national_id)]
            if row.notice_issued_at is None or issued_at < row.notice_issued_at:
                row.notice_issued_at = issued_at

    async def case_outcomes(
        self,
        *,
        registered_from: date,
        registered_to: date,
        grouping: Grouping,
    ) -> list[dict[str, Any]]:
        """Per group, the cases registered in the period and how many of them reached each outcome."""
        statement = _per_group(
            ReportCase,
            grouping,
            func.count().label("registered"),
            *(_count_of(condition).label(name) for name, condition in _case_outcomes().items()),
        ).where(ReportCase.registered_on.between(registered_from, registered_to))
        return [dict(row._mapping) for row in await self.session.execute(statement)]

    async def actions_by_district(
        self, *, start: date, end: date, province: str | None, district: str | None
    ) -> list[dict[str, Any]]:
        """Actions dated in the period, counted per district of the person's latest registration by the period's end."""
        candidate = aliased(ReportCase)
        latest_case = (
            select(candidate.id)
            .where(candidate.national_id == ReportAction.national_id, candidate.registered_on <= end)
            .order_by(candidate.registered_on.desc(), candidate.id.desc())
            .limit(1)
            .correlate(ReportAction)
            .scalar_subquery()
        )
        statement = (
            select(ReportCase.province, ReportCase.district, ReportAction.action, func.count().label("count"))
            .select_from(ReportAction)
            .outerjoin(ReportCase, ReportCase.id == latest_case)
            .where(ReportAction.happened_on.between(start, end))
            .group_by(ReportCase.province, ReportCase.district, ReportAction.action)
        )
        statement = where_given(statement, (ReportCase.province, province), (ReportCase.district, district))
        return [dict(row._mapping) for row in await self.session.execute(statement)]

    async def registrations_by_district(
        self, *, start: date, end: date, province: str | None, district: str | None
    ) -> list[dict[str, Any]]:
        """Registrations in the period, per district."""
        statement = (
            select(ReportCase.province, ReportCase.district, func.count().label("count"))
            .where(ReportCase.registered_on.between(start, end))
            .group_by(ReportCase.province, ReportCase.district)
        )
        statement = where_given(statement, (ReportCase.province, province), (ReportCase.district, district))
        return [dict(row._mapping) for row in await self.session.execute(statement)]

    async def linked_terminations(
        self, *, recorded_from: datetime, recorded_before: datetime, province: str | None
    ) -> Sequence[LinkedTermination]:
        """Terminations first recorded in the period, with their notice time if there is one."""
        statement = select(LinkedTermination).where(
            LinkedTermination.recorded_at >= recorded_from, LinkedTermination.recorded_at < recorded_before
        )
        return (await self.session.scalars(where_given(statement, (LinkedTermination.province, province)))).all()

    async def satisfaction_response(self, *, agency_code: str, response_id: str) -> SatisfactionResponse | None:
        return await self.session.scalar(
            select(SatisfactionResponse).where(
                SatisfactionResponse.agency_code == agency_code, SatisfactionResponse.response_id == response_id
            )
        )

    async def satisfaction(
        self,
        *,
        surveyed_from: date,
        surveyed_to: date,
        grouping: Grouping,
    ) -> list[dict[str, Any]]:
        """Per group, the responses in the period and how many were satisfied (4 or 5 of 5)."""
        statement = _per_group(
            SatisfactionResponse,
            grouping,
            func.count().label("responses"),
            _count_of(SatisfactionResponse.score >= 4).label("satisfied"),
        ).where(SatisfactionResponse.surveyed_on.between(surveyed_from, surveyed_to))
        return [dict(row._mapping) for row in await self.session.execute(statement)]


def _per_group(model: type[ReportCase | SatisfactionResponse], grouping: Grouping, *counts: Any) -> Select[Any]:
    """The counts per group of the model's rows, within the grouping's province, district and centre."""
    group = [getattr(model, column) for column in GROUPINGS[grouping.group_by]]
    statement = select(*group, *counts).group_by(*group).order_by(*group)
    return where_given(
        statement,
        (model.province, grouping.province),
        (model.district, grouping.district),
        (model.centre_code, grouping.centre_code),
    )


def _count_of(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows meet the condition (a SUM, so NULL for a group without rows)."""
    return func.sum(cast(case((condition, 1), else_=0), Integer))


def _after_registration(action: ColumnElement[bool], alias: Any = ReportAction) -> ColumnElement[bool]:
    # No end: the KPI report follows the people registered in the period to date (see shared/kpis.py).
    return and_(alias.national_id == ReportCase.national_id, alias.happened_on >= ReportCase.registered_on, action)


def _case_outcomes() -> dict[str, ColumnElement[bool]]:
    """What happened to a case after its registration, each as a condition on the case row."""

    def did(*actions: Action) -> ColumnElement[bool]:
        return exists().where(_after_registration(ReportAction.action.in_([a.value for a in actions])))

    offers = (
        select(func.count()).where(_after_registration(ReportAction.action == Action.offered.value)).scalar_subquery()
    )
    passed, placed = aliased(ReportAction), aliased(ReportAction)
    placed_after_training = exists().where(
        _after_registration(passed.action == Action.training_passed.value, passed),
        placed.national_id == passed.national_id,
        placed.action.in_([a.value for a in PLACED]),
        placed.happened_on >= passed.happened_on,
    )
    return {
        "counselled": did(Action.counselled, Action.vocational_guidance),
        "referred": did(Action.referred),
        "placed_after_referral": did(Action.placed_after_referral),
        "with_three_offers": offers >= OFFERS_PER_PERSON,
        "completed_training": did(Action.training_passed, Action.training_failed),
        "passed_training": did(Action.training_passed),
        "placed_after_training": placed_after_training,
        "pension_continued": did(Action.pension_continued),
        "paid_while_working": did(Action.paid_while_working),
        "overpayment_recovered": did(Action.overpayment_recovered),
    }
