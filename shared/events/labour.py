"""Events the labour service publishes (topic labourlink.labour, keyed by national ID)."""

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from shared.events.envelope import EventPayload
from shared.events.vocabulary import ContractType, Jurisdiction, ReemploymentChannel, TerminationReason, WageRegion


class EmploymentStarted(EventPayload):
    """A worker started work under a contract with an employer."""

    event_type = "labour.employment.started.v1"
    contract_id: int
    national_id: str
    jurisdiction: Jurisdiction
    employer_tax_code: str
    employer_name: str
    contract_type: ContractType
    start_date: date
    planned_end: date | None
    insured_monthly_salary: Decimal


class _TerminationFacts(EventPayload):
    termination_id: int
    version: int = Field(description="1 for the first report; each correction adds one")
    contract_id: int
    national_id: str
    # Added after v1 was first published: optional, so earlier v1 events still read.
    full_name: str | None = Field(None, description="the worker's name, to address the continuation notice")
    jurisdiction: Jurisdiction
    employer_tax_code: str
    employer_name: str
    # Added after v1 was first published: optional, so earlier v1 events still read.
    employer_province: str | None = Field(None, description="where the employer is: the fund area of the benefit")
    wage_region: WageRegion | None = Field(description="Vietnam: the employer's minimum-wage region")
    locality_code: str | None = Field(description="China: the employer's locality (its rules and minimum wage)")
    state_paid: bool = Field(description="a post paid from the state budget (Vietnam caps on the base salary)")
    contract_type: ContractType
    contract_start: date
    insured_monthly_salary: Decimal
    last_working_day: date
    reason: TerminationReason
    reported_on: date
    reported_late: bool = Field(description="reported after the jurisdiction's deadline: a compliance finding")
    # Added after v1 was first published: optional (false), so earlier v1 events still read.
    announced: bool = Field(
        False,
        description="the last working day was still ahead when this was reported: notices and "
        "claims wait until it has passed",
    )


class TerminationRecorded(_TerminationFacts):
    """An employer reported the end of a contract."""

    event_type = "labour.termination.recorded.v1"


class TerminationCorrected(_TerminationFacts):
    """A reported termination was corrected: this version replaces the one before it."""

    event_type = "labour.termination.corrected.v1"
    replaces_version: int


class JobSearchWishes(BaseModel):
    """What work a registered person looks for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    occupations: list[str] = Field(description="ISCO-08 codes")
    provinces: list[str]
    districts: list[str]
    minimum_monthly_wage: Decimal | None
    willing_to_relocate: bool


class UnemploymentRegistered(EventPayload):
    """A person registered as unemployed at an employment service centre."""

    event_type = "labour.unemployment.registered.v1"
    registration_id: int
    national_id: str
    full_name: str | None = Field(None, description="added after v1 was first published; shown on the public notice")
    jurisdiction: Jurisdiction
    centre_code: str
    province: str
    district: str
    registered_on: date
    wishes: JobSearchWishes


class JobSearchNoticeRecorded(EventPayload):
    """A person on benefit gave the centre their monthly job-search notice."""

    event_type = "labour.job_search_notice.recorded.v1"
    registration_id: int
    national_id: str
    month: str = Field(pattern=r"^\d{4}-\d{2}$")
    submitted_on: date


class JobSearchNoticeMissed(EventPayload):
    """A month ended without the person's job-search notice."""

    event_type = "labour.job_search_notice.missed.v1"
    registration_id: int
    national_id: str
    month: str = Field(pattern=r"^\d{4}-\d{2}$")
    consecutive_missed: int = Field(ge=1, description="months missed in a row, this one included")


class CounsellingProvided(EventPayload):
    """A person received counselling or vocational guidance."""

    event_type = "labour.counselling.provided.v1"
    session_id: int
    national_id: str
    kind: str
    held_on: date
    outcome: str


class TrainingEnrolled(EventPayload):
    """A person enrolled in a training course."""

    event_type = "labour.training.enrolled.v1"
    enrolment_id: int
    national_id: str
    course_code: str
    occupation: str = Field(description="ISCO-08 code the course trains for")
    enrolled_on: date


class TrainingCompleted(EventPayload):
    """A person's training ended: passed, failed or dropped."""

    event_type = "labour.training.completed.v1"
    enrolment_id: int
    national_id: str
    course_code: str
    occupation: str
    skills: list[str]
    result: str
    completed_on: date
    certificate_number: str | None


class CaseworkerAssigned(EventPayload):
    """A registered person was given a responsible caseworker (包保责任制)."""

    event_type = "labour.caseworker.assigned.v1"
    registration_id: int
    national_id: str
    caseworker_id: int
    centre_code: str
    reason: str = Field(description="registered, or reassigned when the previous caseworker left")


class HardshipAssessed(EventPayload):
    """A household's hardship was assessed."""

    event_type = "labour.hardship.assessed.v1"
    assessment_id: int
    national_id: str
    special_hardship: bool
    minimum_living_allowance_eligible: bool
    assessed_on: date


class Evidence(BaseModel):
    """Which agency reported a fact, and its record of it (a path of its API, or its own reference)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    agency: str
    record: str


class ReemploymentRecorded(EventPayload):
    """A person out of work has a job again: published once per job, whichever channels report it
    and in whatever order, so every agency acts on it once (benefit, case, matching)."""

    event_type = "labour.reemployment.recorded.v1"
    reemployment_id: int
    national_id: str
    employer_tax_code: str | None = Field(description="null when the report does not name the employer's tax code")
    employer_name: str
    start_date: date = Field(description="the job's first day, as the first report gave it")
    channel: ReemploymentChannel = Field(description="the channel that reported the job first")
    through_referral: bool = Field(description="the job came through a centre's referral")
    evidence: Evidence = Field(description="the first report's agency and record")


PUBLISHED = (
    EmploymentStarted,
    TerminationRecorded,
    TerminationCorrected,
    UnemploymentRegistered,
    JobSearchNoticeRecorded,
    JobSearchNoticeMissed,
    CounsellingProvided,
    TrainingEnrolled,
    TrainingCompleted,
    CaseworkerAssigned,
    HardshipAssessed,
    ReemploymentRecorded,
)
