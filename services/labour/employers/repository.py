from typing import Any

from sqlalchemy import select

from services.labour.models import Employer
from shared.events.vocabulary import Jurisdiction, WageRegion
from shared.pagination import PageRequest
from shared.repository import Repository, where_given


class EmployerRepository(Repository[Employer]):
    model = Employer
    noun = "employer"

    async def by_tax_code(self, tax_code: str) -> Employer | None:
        return await self.one_by(tax_code=tax_code)

    async def list(
        self,
        *,
        page: PageRequest,
        jurisdiction: Jurisdiction | None,
        province: str | None,
        district: str | None,
        wage_region: WageRegion | None,
    ) -> dict[str, Any]:
        statement = where_given(
            select(Employer),
            (Employer.jurisdiction, jurisdiction),
            (Employer.province, province),
            (Employer.district, district),
            (Employer.wage_region, wage_region),
        )
        return await self.page(statement, page)
