from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from services.gateway.access.policy import Category, scope
from services.gateway.dependencies import Services, Session
from services.gateway.reports import service
from services.gateway.reports.schemas import (
    District,
    FundMonthsReport,
    Grouping,
    KpiReport,
    LinkageReport,
    Province,
    QuarterlyTable,
    SatisfactionReport,
    SurveyResponse,
    SurveyResponseRead,
)
from services.gateway.routing.admission import Admitted
from services.gateway.routing.forwarding import upstream_headers
from services.gateway.routing.operations import needs
from shared.tables import ReportFormat, rendered

router = APIRouter(prefix="/v1", tags=["reports"])
REPORTS = needs(scope(Category.reports, "read"))

_AS_CSV: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}}, "description": "JSON, or a CSV table with `?format=csv` or `Accept: text/csv`"}
}


def _format(
    format: Annotated[ReportFormat | None, Query(description="json or csv; default from the Accept header")] = None,
) -> ReportFormat | None:
    return format


# A dependency, as the grouping is: the query parameters of dependencies follow a route's own, in order.
Format = Annotated[ReportFormat | None, Depends(_format)]
Grouped = Annotated[Grouping, Depends()]


@router.get("/reports/kpis", response_model=KpiReport, responses=_AS_CSV, openapi_extra=REPORTS)
async def kpis(
    request: Request,
    session: Session,
    _: Admitted,
    registered_from: date,
    registered_to: date,
    grouping: Grouped,
    format: Format,
) -> Response:
    """The person-based targets (counselled, referred, placed, three offers, training, pension
    continuation) over the people registered in the period, per province, district or centre."""
    report = await service.kpis(
        session=session, registered_from=registered_from, registered_to=registered_to, grouping=grouping
    )
    return rendered(request, report, name="kpis", format=format, omit=("targets",))


@router.get("/reports/data-linkage", response_model=LinkageReport, responses=_AS_CSV, openapi_extra=REPORTS)
async def data_linkage(
    request: Request,
    session: Session,
    _: Admitted,
    format: Format,
    recorded_from: date,
    recorded_to: date,
    group_by: Literal["all", "province"] = "province",
    province: Province = None,
) -> Response:
    """Terminations recorded in the period that produced a continuation notice within a day, and the lag."""
    report = await service.data_linkage(
        session=session, recorded_from=recorded_from, recorded_to=recorded_to, group_by=group_by, province=province
    )
    return rendered(request, report, name="data-linkage", format=format)


@router.get("/reports/quarterly-assistance", response_model=QuarterlyTable, responses=_AS_CSV, openapi_extra=REPORTS)
async def quarterly_assistance(
    request: Request,
    session: Session,
    _: Admitted,
    format: Format,
    quarter: Annotated[str, Query(pattern=r"^(19|20|21)\d{2}-Q[1-4]$", examples=["2026-Q1"])],
    province: Province = None,
    district: District = None,
) -> Response:
    """Seed 000's quarterly statistics table of re-employment assistance, per district."""
    table = await service.quarterly_table(session=session, quarter=quarter, province=province, district=district)
    return rendered(request, table, name=f"assistance-{quarter}", format=format)


@router.get("/reports/fund-months", response_model=FundMonthsReport, responses=_AS_CSV, openapi_extra=REPORTS)
async def fund_months(request: Request, upstreams: Services, _: Admitted, format: Format) -> Response:
    """Months of benefit each fund area can still pay (alert below its threshold)."""
    report = await service.fund_months(upstreams=upstreams, headers=upstream_headers(request))
    return rendered(request, report, name="fund-months", format=format)


@router.post(
    "/satisfaction-responses",
    status_code=201,
    response_model=SurveyResponseRead,
    openapi_extra=needs(scope(Category.surveys, "write")),
    responses={200: {"description": "the same response was already received", "model": SurveyResponseRead}},
)
async def record_survey_response(
    body: SurveyResponse, response: Response, session: Session, admission: Admitted
) -> object:
    """Record an anonymous satisfaction-survey answer collected by a centre (idempotent by `response_id`)."""
    record, created = await service.record_survey_response(
        session=session, agency_code=admission.caller.agency_code, response=body
    )
    if not created:
        response.status_code = 200
    return record


@router.get("/reports/satisfaction", response_model=SatisfactionReport, responses=_AS_CSV, openapi_extra=REPORTS)
async def satisfaction(
    request: Request,
    session: Session,
    _: Admitted,
    surveyed_from: date,
    surveyed_to: date,
    grouping: Grouped,
    format: Format,
) -> Response:
    """The satisfaction index of UI participants per group (target 85% by 2025, 90% by 2030)."""
    report = await service.satisfaction(
        session=session, surveyed_from=surveyed_from, surveyed_to=surveyed_to, grouping=grouping
    )
    return rendered(request, report, name="satisfaction", format=format)
