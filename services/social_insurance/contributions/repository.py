from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import case, func, select, tuple_

from services.social_insurance.models import Contribution
from shared.pagination import PageRequest
from shared.repository import Repository, where_given

# A contribution is one person's month with one employer.
ContributionKey = tuple[str, str, str]


class ContributionRepository(Repository[Contribution]):
    model = Contribution
    noun = "contribution"

    async def list(
        self,
        *,
        page: PageRequest,
        national_id: str | None,
        employer_tax_code: str | None,
        month: str | None,
    ) -> dict[str, Any]:
        statement = where_given(
            select(Contribution),
            (Contribution.national_id, national_id),
            (Contribution.employer_tax_code, employer_tax_code),
            (Contribution.month, month),
        )
        return await self.page(statement, page)

    async def by_key(self, keys: Sequence[ContributionKey]) -> dict[ContributionKey, Contribution]:
        """The recorded contributions of these (person, employer, month)s."""
        if not keys:
            return {}
        rows = await self.session.scalars(
            select(Contribution).where(
                tuple_(Contribution.national_id, Contribution.employer_tax_code, Contribution.month).in_(keys)
            )
        )
        return {(c.national_id, c.employer_tax_code, c.month): c for c in rows}

    async def arrears(self, *, as_of: date) -> Sequence[Any]:
        """Per employer with any: months unpaid past their due date, what they owe, and months paid late."""
        total = (
            Contribution.pension_individual
            + Contribution.pension_employer
            + Contribution.unemployment
            + Contribution.health
        )
        unpaid = (Contribution.paid_on.is_(None)) & (Contribution.due_on < as_of)
        late = Contribution.paid_on > Contribution.due_on
        rows = await self.session.execute(
            select(
                Contribution.employer_tax_code,
                func.sum(case((unpaid, 1), else_=0)),
                func.sum(case((unpaid, total), else_=0)),
                func.sum(case((late, 1), else_=0)),
            )
            .group_by(Contribution.employer_tax_code)
            .having(func.sum(case((unpaid | late, 1), else_=0)) > 0)
            .order_by(Contribution.employer_tax_code)
        )
        return rows.all()
