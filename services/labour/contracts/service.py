from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from services.labour.changes import track_change
from services.labour.contracts.repository import ContractRepository
from services.labour.contracts.schemas import ContractCreate, ContractRead
from services.labour.employers.service import employer_by_tax_code
from services.labour.models import ChangeKind, Contract, outbox
from services.labour.plausibility import working_age
from services.labour.reemployment.schemas import JobReport
from services.labour.reemployment.service import record_job_reports
from services.labour.settings import LabourSettings
from services.labour.workers.service import worker_by_national_id
from shared.events.labour import EmploymentStarted, Evidence
from shared.events.vocabulary import ContractType, ReemploymentChannel
from shared.problems import InvalidInput

_SEASONAL_LIMIT = timedelta(days=366)  # "seasonal or under 12 months"


async def start_employment(*, session: AsyncSession, settings: LabourSettings, contract: ContractCreate) -> Contract:
    """Record a contract between a known worker of working age and a known employer, and publish EmploymentStarted."""
    if contract.contract_type is not ContractType.indefinite:
        if contract.planned_end is None:
            raise InvalidInput.of(
                "planned_end", "required_for_fixed_term", f"required for a {contract.contract_type} contract"
            )
        if contract.planned_end <= contract.start_date:
            raise InvalidInput.of("planned_end", "after_start", "must be after start_date")
        if (
            contract.contract_type is ContractType.seasonal
            and contract.planned_end - contract.start_date >= _SEASONAL_LIMIT
        ):
            raise InvalidInput.of(
                "planned_end", "seasonal_under_12_months", "a seasonal contract lasts under 12 months"
            )
    worker = await worker_by_national_id(session=session, national_id=contract.national_id)
    if under_age := working_age(
        birth_date=worker.birth_date,
        start_date=contract.start_date,
        jurisdiction=worker.jurisdiction,
        settings=settings,
    ):
        raise under_age
    employer = await employer_by_tax_code(session=session, tax_code=contract.employer_tax_code)
    record = await ContractRepository(session).add(
        Contract(
            worker_id=worker.id,
            national_id=worker.national_id,
            employer_id=employer.id,
            contract_type=contract.contract_type,
            start_date=contract.start_date,
            planned_end=contract.planned_end,
            insured_monthly_salary=contract.insured_monthly_salary,
        )
    )
    await outbox.record(
        session,
        EmploymentStarted(
            contract_id=record.id,
            national_id=worker.national_id,
            jurisdiction=worker.jurisdiction,
            employer_tax_code=employer.tax_code,
            employer_name=employer.name,
            contract_type=record.contract_type,
            start_date=record.start_date,
            planned_end=record.planned_end,
            insured_monthly_salary=record.insured_monthly_salary,
        ),
        subject=worker.national_id,
    )
    await track_change(session, kind=ChangeKind.contract, record=ContractRead.model_validate(record))
    await record_job_reports(
        session=session,
        reports=[
            JobReport(
                national_id=worker.national_id,
                employer_tax_code=employer.tax_code,
                employer_name=employer.name,
                start_date=record.start_date,
                channel=ReemploymentChannel.contract,
                evidence=Evidence(agency="labour", record=f"/contracts/{record.id}"),
            )
        ],
    )
    return record
