"""The integrity cross-match (seed 003 III.9; the US NDNH cross-match is the model): a benefit paid
for a month in which any channel shows the person working, with the overlap, the overpayment and
the evidence of which agency showed the work in which record."""

from decimal import Decimal
from itertools import groupby

from sqlalchemy.ext.asyncio import AsyncSession

from services.social_insurance.integrity.repository import CrossMatchRepository
from services.social_insurance.integrity.schemas import CrossMatchArea, CrossMatchCase, CrossMatchReport, Evidence


async def cross_match(*, session: AsyncSession, fund_area: str | None) -> CrossMatchReport:
    """Every case per fund area, with how many were found and how many recovered."""
    repository = CrossMatchRepository(session)
    rows = await repository.overlaps(fund_area=fund_area)
    overpayments = await repository.overpayments([row.benefit_id for row in rows])
    cases = []
    for row in rows:
        job, overpayment = row.Reemployment, overpayments.get(row.benefit_id)
        cases.append(
            (
                row.fund_area,
                CrossMatchCase(
                    national_id=row.national_id,
                    claim_id=row.claim_id,
                    benefit_id=row.benefit_id,
                    employer=job.employer_name or job.employer_tax_code or "",
                    job_start=job.start_date,
                    months_paid_while_working=row.months,
                    amount_paid_while_working=row.amount,
                    overpayment=overpayment.amount if overpayment else Decimal(0),
                    recovered_on=overpayment.recovered_on if overpayment else None,
                    evidence=Evidence(channel=job.channel, agency=job.evidence_agency, record=job.evidence_record),
                ),
            )
        )
    areas = []
    for area, grouped in groupby(cases, key=lambda pair: pair[0]):
        found = [case for _, case in grouped]
        areas.append(
            CrossMatchArea(
                fund_area=area,
                cases_found=len(found),
                cases_recovered=sum(c.recovered_on is not None for c in found),
                overpayment=sum((c.overpayment for c in found), Decimal(0)),
                cases=found,
            )
        )
    return CrossMatchReport(areas=areas)
