from datetime import date

from fastapi import APIRouter, Depends, Query

from services.social_insurance.contributions import service
from services.social_insurance.contributions.repository import ContributionRepository
from services.social_insurance.contributions.schemas import Arrears, ContributionRead, ContributionReport, ImportReport
from services.social_insurance.dependencies import Session, Today
from shared.national_id import NationalIdFilter
from shared.ndjson import NdjsonBody, request_body_documentation
from shared.pagination import Page, PageRequest, page_request
from shared.schemas import MONTH_PATTERN

router = APIRouter(tags=["contributions"])
_EXAMPLE = (
    '{"national_id": "079190001234", "employer_tax_code": "0301234562", "month": "2026-01", '
    '"insured_salary": "9000000", '
    '"pension_individual": "720000", "pension_employer": "1260000", "unemployment": "180000", "health": "405000", '
    '"due_on": "2026-02-28", "paid_on": "2026-02-20"}\n'
)


@router.post(
    "/contributions/import",
    response_model=ImportReport,
    openapi_extra=request_body_documentation(ContributionReport, _EXAMPLE),
)
async def import_reports(body: NdjsonBody, session: Session) -> object:
    """Import employers' monthly reports (NDJSON, one person-month a line); safe to send again. Each line's
    result names the line, and a rejected one the field and the rule."""
    return await service.import_reports(session=session, body=body)


@router.get("/contributions", response_model=Page[ContributionRead])
async def list_contributions(
    session: Session,
    page: PageRequest = Depends(page_request),
    national_id: NationalIdFilter = None,
    employer_tax_code: str | None = None,
    month: str | None = Query(None, pattern=MONTH_PATTERN, examples=["2026-03"]),
) -> object:
    """Contributions, filtered, by keyset pages."""
    return await ContributionRepository(session).list(
        page=page,
        national_id=national_id,
        employer_tax_code=employer_tax_code,
        month=month,
    )


@router.get("/arrears", response_model=list[Arrears])
async def arrears(session: Session, today: Today, as_of: date | None = None) -> object:
    """Employers with unpaid months past due (and the amount owed) or months paid late."""
    return await service.arrears(session=session, as_of=as_of or today)
