from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change
from services.labour.employers.repository import EmployerRepository
from services.labour.employers.schemas import EmployerCreate, EmployerRead
from services.labour.models import Employer
from shared.events.vocabulary import Jurisdiction
from shared.problems import Conflict, InvalidInput, NotFound


class EmployerNotFound(NotFound):
    def __init__(self, *, tax_code: str) -> None:
        super().__init__(f"no employer with tax code {tax_code}", field="employer_tax_code")


async def register_employer(*, session: AsyncSession, employer: EmployerCreate) -> Employer:
    """Register an employer; its tax code must be new and its wage location fit its jurisdiction."""
    required = "wage_region" if employer.jurisdiction is Jurisdiction.VN else "locality_code"
    if getattr(employer, required) is None:
        raise InvalidInput.of(required, "required_in_jurisdiction", f"required in {employer.jurisdiction}")
    repository = EmployerRepository(session)
    existing = await repository.by_tax_code(employer.tax_code)
    if existing is not None:
        raise Conflict(f"an employer with tax code {employer.tax_code} exists", existing=f"/employers/{existing.id}")
    record = await repository.add(Employer(**employer.model_dump()))
    await track_change(session, kind="employer", record=EmployerRead.model_validate(record))
    return record


async def employer_by_tax_code(*, session: AsyncSession, tax_code: str) -> Employer:
    """The employer with this tax code, or a 404 problem."""
    employer = await EmployerRepository(session).by_tax_code(tax_code)
    if employer is None:
        raise EmployerNotFound(tax_code=tax_code)
    return employer
