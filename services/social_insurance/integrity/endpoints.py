from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from services.social_insurance.dependencies import Session
from services.social_insurance.integrity import service
from services.social_insurance.integrity.schemas import CrossMatchReport
from shared.tables import ReportFormat, rendered

router = APIRouter(tags=["integrity"])


@router.get(
    "/cross-match",
    response_model=CrossMatchReport,
    responses={
        200: {
            "content": {"text/csv": {}},
            "description": "JSON, or a CSV table with `?format=csv` or `Accept: text/csv`",
        }
    },
)
async def cross_match(
    request: Request,
    session: Session,
    fund_area: Annotated[str | None, Query(max_length=100)] = None,
    format: Annotated[ReportFormat | None, Query(description="json or csv; default from the Accept header")] = None,
) -> Response:
    """People paid benefit in a month in which any channel shows them working, per fund area: the
    overlap, the overpayment and the evidence (which agency, which record)."""
    report = await service.cross_match(session=session, fund_area=fund_area)
    return rendered(request, report, name="cross-match", format=format)
