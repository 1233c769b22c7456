"""Tables of the labour service (its own database).

Relationships load only when asked for (lazy="raise"): a query says what it needs.
"""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from shared.db import TYPE_ANNOTATIONS, AboutAPerson, BigIntegerKey, Record, service_metadata, text_enum, utcnow
from shared.events.catalogue import LABOUR
from shared.events.vocabulary import ContractType, Jurisdiction, ReemploymentChannel, Sex, TerminationReason, WageRegion
from shared.feeds import CommitOrdered
from shared.messaging.tables import messaging_tables
from shared.service import outbox_of


class Base(DeclarativeBase):
    metadata = service_metadata()
    type_annotation_map = TYPE_ANNOTATIONS


messaging = messaging_tables(Base.metadata)
outbox = outbox_of(tables=messaging, stream=LABOUR)


class Employer(Record, Base):
    __tablename__ = "employers"

    tax_code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    jurisdiction: Mapped[Jurisdiction] = mapped_column(text_enum(Jurisdiction))
    address: Mapped[str] = mapped_column(String(300))
    province: Mapped[str] = mapped_column(String(100), index=True)
    district: Mapped[str] = mapped_column(String(100))
    wage_region: Mapped[WageRegion | None] = mapped_column(text_enum(WageRegion))
    locality_code: Mapped[str | None] = mapped_column(String(20))
    sector: Mapped[str] = mapped_column(String(100))
    state_paid: Mapped[bool] = mapped_column(Boolean, default=False)


class Worker(Record, Base):
    __tablename__ = "workers"

    national_id: Mapped[str] = mapped_column(String(18), unique=True)
    jurisdiction: Mapped[Jurisdiction] = mapped_column(text_enum(Jurisdiction))
    full_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(text_enum(Sex))
    address: Mapped[str] = mapped_column(String(300))
    province: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))


class Contract(Record, AboutAPerson, Base):
    __tablename__ = "contracts"

    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"), index=True)
    contract_type: Mapped[ContractType] = mapped_column(text_enum(ContractType))
    start_date: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date | None] = mapped_column(Date)
    insured_monthly_salary: Mapped[Decimal] = mapped_column(Numeric(14, 2))

    worker: Mapped[Worker] = relationship(lazy="raise")
    employer: Mapped[Employer] = relationship(lazy="raise")


class Termination(Record, AboutAPerson, Base):
    """One version of a termination report; a correction is a new row with the next version."""

    __tablename__ = "terminations"
    __table_args__ = (UniqueConstraint("contract_id", "version"),)

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    last_working_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[TerminationReason] = mapped_column(text_enum(TerminationReason), index=True)
    reported_on: Mapped[date] = mapped_column(Date)
    reported_late: Mapped[bool] = mapped_column(Boolean, index=True)
    note: Mapped[str | None] = mapped_column(Text)

    contract: Mapped[Contract] = relationship(lazy="raise")


class Centre(Record, Base):
    """An employment service centre (or a street/community labour station)."""

    __tablename__ = "centres"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    jurisdiction: Mapped[Jurisdiction] = mapped_column(text_enum(Jurisdiction))
    province: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100))


class Caseworker(Record, Base):
    __tablename__ = "caseworkers"

    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(30))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    left_on: Mapped[date | None] = mapped_column(Date)


# Statuses and kinds are stored by their names (text_enum); each name is its value, so what the
# database holds is what the API shows.
class RegistrationStatus(StrEnum):
    open = "open"
    closed = "closed"


class CloseReason(StrEnum):
    """Why a registration closed: the person has work again, found how."""

    reemployed_self_found = "reemployed_self_found"
    reemployed_placement = "reemployed_placement"
    reemployed_referral = "reemployed_referral"


class ClaimStatus(StrEnum):
    """What social insurance decided on the person's claim, as shown on their registration."""

    eligible = "eligible"
    ineligible = "ineligible"


class BenefitStatus(StrEnum):
    """Where the person's benefit stands, as social insurance reported it."""

    paying = "paying"
    suspended = "suspended"
    terminated = "terminated"


class CounsellingKind(StrEnum):
    counselling = "counselling"
    vocational_guidance = "vocational_guidance"


class EnrolmentResult(StrEnum):
    """How a training ended."""

    passed = "passed"
    failed = "failed"
    dropped = "dropped"


class ContactChannel(StrEnum):
    visit = "visit"
    phone = "phone"
    sms = "sms"
    letter = "letter"


class ChangeKind(StrEnum):
    """What kind of record a change on the feed is the new state of."""

    caseworker = "caseworker"
    centre = "centre"
    contact = "contact"
    contract = "contract"
    counselling = "counselling"
    course = "course"
    employer = "employer"
    enrolment = "enrolment"
    hardship = "hardship"
    job_search_notice = "job_search_notice"
    registration = "registration"
    termination = "termination"
    worker = "worker"


class UploadKind(StrEnum):
    """What a centre can upload in bulk; the value is the upload's path, the name what a receipt stores."""

    terminations = "terminations"
    registrations = "registrations"
    job_search_notices = "job-search-notices"
    new_hires = "new-hires"


class Registration(Record, AboutAPerson, Base):
    """An unemployment registration (失业登记) at a centre, with the person's wishes."""

    __tablename__ = "registrations"
    __table_args__ = (Index("ix_registrations_open_by_caseworker", "caseworker_id", "status"),)

    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("caseworkers.id"))
    registered_on: Mapped[date] = mapped_column(Date)
    status: Mapped[RegistrationStatus] = mapped_column(text_enum(RegistrationStatus), default=RegistrationStatus.open)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[CloseReason | None] = mapped_column(text_enum(CloseReason))
    wished_occupations: Mapped[list] = mapped_column(default=list)
    wished_provinces: Mapped[list] = mapped_column(default=list)
    wished_districts: Mapped[list] = mapped_column(default=list)
    minimum_monthly_wage: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    willing_to_relocate: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the other agencies said, shown on the case (from their events).
    claim_status: Mapped[ClaimStatus | None] = mapped_column(text_enum(ClaimStatus))
    benefit_status: Mapped[BenefitStatus | None] = mapped_column(text_enum(BenefitStatus))

    worker: Mapped[Worker] = relationship(lazy="raise")
    centre: Mapped[Centre] = relationship(lazy="raise")


class JobSearchNotice(Record, AboutAPerson, Base):
    """A monthly job-search notice (Vietnam), or the record that a month's notice was missed."""

    __tablename__ = "job_search_notices"
    __table_args__ = (UniqueConstraint("registration_id", "month"),)

    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id"), index=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    submitted_on: Mapped[date | None] = mapped_column(Date)  # None: missed
    consecutive_missed: Mapped[int] = mapped_column(Integer, default=0)


class CounsellingSession(Record, AboutAPerson, Base):
    __tablename__ = "counselling_sessions"

    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("centres.id"), index=True)
    kind: Mapped[CounsellingKind] = mapped_column(text_enum(CounsellingKind))
    held_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text)


class Course(Record, Base):
    __tablename__ = "courses"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    occupation: Mapped[str] = mapped_column(String(4))  # ISCO-08
    skills: Mapped[list] = mapped_column(default=list)
    length_hours: Mapped[int] = mapped_column(Integer)
    provider: Mapped[str] = mapped_column(String(200))


class Enrolment(Record, AboutAPerson, Base):
    __tablename__ = "enrolments"
    __table_args__ = (UniqueConstraint("course_id", "worker_id", "enrolled_on"),)

    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    enrolled_on: Mapped[date] = mapped_column(Date)
    result: Mapped[EnrolmentResult | None] = mapped_column(text_enum(EnrolmentResult))
    completed_on: Mapped[date | None] = mapped_column(Date)
    certificate_number: Mapped[str | None] = mapped_column(String(60))

    course: Mapped[Course] = relationship(lazy="raise")


class Contact(Record, AboutAPerson, Base):
    """One contact of a caseworker with a registered person, with its content and result."""

    __tablename__ = "contacts"

    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id"), index=True)
    caseworker_id: Mapped[int] = mapped_column(ForeignKey("caseworkers.id"), index=True)
    contacted_at: Mapped[datetime] = mapped_column()
    channel: Mapped[ContactChannel] = mapped_column(text_enum(ContactChannel))
    content: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)


class HardshipAssessment(Record, AboutAPerson, Base):
    __tablename__ = "hardship_assessments"

    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    special_hardship: Mapped[bool] = mapped_column(Boolean)
    minimum_living_allowance_eligible: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str | None] = mapped_column(Text)


class Reemployment(Record, AboutAPerson, Base):
    """A job of a person who was out of work: one row per job, however many channels report it."""

    __tablename__ = "reemployments"

    employer_tax_code: Mapped[str | None] = mapped_column(String(20))
    employer_name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    # The last working day that began the time out of work this job ends (a job is new once per spell).
    out_of_work_since: Mapped[date] = mapped_column(Date)
    channel: Mapped[ReemploymentChannel] = mapped_column(text_enum(ReemploymentChannel))  # the first report's
    through_referral: Mapped[bool] = mapped_column(Boolean, default=False)


class ReemploymentReport(Record, AboutAPerson, Base):
    """One channel's report of a job: the evidence of a re-employment (none when the person was not out of work)."""

    __tablename__ = "reemployment_reports"

    reemployment_id: Mapped[int | None] = mapped_column(ForeignKey("reemployments.id"), index=True)
    channel: Mapped[ReemploymentChannel] = mapped_column(text_enum(ReemploymentChannel))
    agency: Mapped[str] = mapped_column(String(80))
    record: Mapped[str] = mapped_column(String(300))
    employer_tax_code: Mapped[str | None] = mapped_column(String(20))
    employer_name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)


class SyncReceipt(Base):
    """What a bulk upload did with each idempotency key, so a re-sent record changes nothing."""

    __tablename__ = "sync_receipts"
    __table_args__ = (UniqueConstraint("kind", "idempotency_key"),)

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    kind: Mapped[UploadKind] = mapped_column(text_enum(UploadKind))
    idempotency_key: Mapped[str] = mapped_column(String(200))
    content_hash: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[int] = mapped_column(BigIntegerKey)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class Change(CommitOrdered, Base):
    """The change feed centres pull: one row per record written, read in commit order."""

    __tablename__ = "changes"

    kind: Mapped[ChangeKind] = mapped_column(text_enum(ChangeKind), index=True)
    record_id: Mapped[int] = mapped_column(BigIntegerKey)
    centre_code: Mapped[str | None] = mapped_column(String(40), index=True)
    snapshot: Mapped[dict] = mapped_column()
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
