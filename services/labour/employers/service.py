from types import ModuleType

from sqlalchemy.ext.asyncio import AsyncSession
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError
from stdnum.vn import mst

from services.labour.changes import track_change
from services.labour.employers.repository import EmployerRepository
from services.labour.employers.schemas import EmployerCreate, EmployerRead
from services.labour.models import ChangeKind, Employer
from shared.events.vocabulary import Jurisdiction
from shared.problems import Conflict, InvalidInput, NotFound


class EmployerNotFound(NotFound):
    def __init__(self, *, tax_code: str) -> None:
        super().__init__(f"no employer with tax code {tax_code}", field="employer_tax_code")


# The enterprise code each jurisdiction gives an employer, with its check digit: Vietnam's tax code
# (mã số thuế: 10 digits, a branch 13, written 0314409058-002), China's unified social credit code
# (统一社会信用代码: 18 characters).
_TAX_CODES: dict[Jurisdiction, ModuleType] = {Jurisdiction.VN: mst, Jurisdiction.CN: uscc}


def tax_code_problem(tax_code: str, *, jurisdiction: Jurisdiction) -> InvalidInput | None:
    """A tax code is its jurisdiction's, with the right check digit, written as the tax authority writes it."""
    standard = _TAX_CODES[jurisdiction]
    try:
        standard.validate(tax_code)
    except ValidationError as error:
        return InvalidInput.of("tax_code", "invalid_tax_code", f"not a valid {jurisdiction} tax code: {error}")
    # One spelling per code: the code is how contracts and the other agencies name the employer.
    if tax_code != (written := standard.format(tax_code)):
        return InvalidInput.of("tax_code", "invalid_tax_code", f"write it as {written}")
    return None


async def register_employer(*, session: AsyncSession, employer: EmployerCreate) -> Employer:
    """Register an employer; its tax code must be valid and new, and its wage location fit its jurisdiction."""
    if invalid := tax_code_problem(employer.tax_code, jurisdiction=employer.jurisdiction):
        raise invalid
    required = "wage_region" if employer.jurisdiction is Jurisdiction.VN else "locality_code"
    if getattr(employer, required) is None:
        raise InvalidInput.of(required, "required_in_jurisdiction", f"required in {employer.jurisdiction}")
    repository = EmployerRepository(session)
    existing = await repository.by_tax_code(employer.tax_code)
    if existing is not None:
        raise Conflict(f"an employer with tax code {employer.tax_code} exists", existing=f"/employers/{existing.id}")
    record = await repository.add(Employer(**employer.model_dump()))
    await track_change(session, kind=ChangeKind.employer, record=EmployerRead.model_validate(record))
    return record


async def employer_by_tax_code(*, session: AsyncSession, tax_code: str) -> Employer:
    """The employer with this tax code, or a 404 problem."""
    employer = await EmployerRepository(session).by_tax_code(tax_code)
    if employer is None:
        raise EmployerNotFound(tax_code=tax_code)
    return employer
