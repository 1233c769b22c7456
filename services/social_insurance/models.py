"""Tables of the social insurance service (its own database).

Terminations and unemployment registrations are projections of the labour service's events;
everything else is this agency's own record.
"""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from shared.db import TYPE_ANNOTATIONS, BigIntegerKey, Record, service_metadata, text_enum, utcnow
from shared.events.catalogue import SOCIAL_INSURANCE
from shared.events.vocabulary import ContractType, Jurisdiction, ReemploymentChannel, TerminationReason, WageRegion
from shared.messaging.tables import messaging_tables
from shared.service import outbox_of


class Base(DeclarativeBase):
    metadata = service_metadata()
    type_annotation_map = TYPE_ANNOTATIONS


messaging = messaging_tables(Base.metadata)
outbox = outbox_of(tables=messaging, stream=SOCIAL_INSURANCE)

Money = Numeric(16, 2)


class EndGround(StrEnum):
    """Why a benefit ended before its course ran out (the grounds the laws list)."""

    employment = "employment"
    refusals = "refusals"  # referred jobs refused without good reason
    missed_notices = "missed_notices"
    pension = "pension"
    death = "death"
    military_service = "military_service"
    emigration = "emigration"
    imprisonment = "imprisonment"

    @property
    def recovers_months_paid(self) -> bool:
        """Whether months paid from the end on are owed back (a refusal or a missed notice ends the
        benefit for the months to come only)."""
        return self not in (EndGround.refusals, EndGround.missed_notices)


class BenefitStatus(StrEnum):
    """Where a benefit is in its life: paid monthly, held, ended early, or run its course."""

    paying = "paying"
    suspended = "suspended"  # a missed monthly notice holds the payments until the next notice
    terminated = "terminated"
    completed = "completed"


# A benefit still running: paid or held.
ACTIVE_BENEFIT = (BenefitStatus.paying, BenefitStatus.suspended)


class PaymentStatus(StrEnum):
    """One month of a benefit: scheduled, paid, or cancelled when the benefit ended before it."""

    scheduled = "scheduled"
    paid = "paid"
    cancelled = "cancelled"


class Termination(Base):
    """The current version of a termination the labour service reported.

    Known by the labour service's id together with the person: the id alone is that database's
    sequence, which a restore or a second labour database would repeat."""

    __tablename__ = "terminations"
    __table_args__ = (UniqueConstraint("termination_id", "national_id"),)

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    termination_id: Mapped[int] = mapped_column(BigIntegerKey)
    version: Mapped[int] = mapped_column(Integer)
    national_id: Mapped[str] = mapped_column(String(18), index=True)
    full_name: Mapped[str | None] = mapped_column(String(200))  # null in events from before labour sent it
    jurisdiction: Mapped[Jurisdiction] = mapped_column(text_enum(Jurisdiction))
    employer_tax_code: Mapped[str] = mapped_column(String(20))
    employer_name: Mapped[str] = mapped_column(String(200))
    employer_province: Mapped[str] = mapped_column(String(100))
    wage_region: Mapped[WageRegion | None] = mapped_column(text_enum(WageRegion))
    locality_code: Mapped[str | None] = mapped_column(String(20))
    state_paid: Mapped[bool] = mapped_column(Boolean)
    contract_type: Mapped[ContractType] = mapped_column(text_enum(ContractType))
    contract_start: Mapped[date] = mapped_column(Date)
    insured_monthly_salary: Mapped[Decimal] = mapped_column(Money)
    last_working_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[TerminationReason] = mapped_column(text_enum(TerminationReason))
    reported_on: Mapped[date] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class UnemploymentRegistration(Base):
    """An unemployment registration the labour service reported."""

    __tablename__ = "unemployment_registrations"

    registration_id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=False)
    national_id: Mapped[str] = mapped_column(String(18), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    centre_code: Mapped[str] = mapped_column(String(40))
    province: Mapped[str] = mapped_column(String(100), index=True)
    district: Mapped[str] = mapped_column(String(100))
    registered_on: Mapped[date] = mapped_column(Date)


class Contribution(Record, Base):
    """One month of contributions for a person from an employer's monthly report.

    On PostgreSQL the table is partitioned by month (migration 0008; its primary key is (id, month)
    there, as a partitioned table's keys must hold the partition key)."""

    __tablename__ = "contributions"
    # Its index also finds a person's months (a claim's facts): no index of national_id alone to
    # keep up to date on every imported row.
    __table_args__ = (UniqueConstraint("national_id", "employer_tax_code", "month"),)

    national_id: Mapped[str] = mapped_column(String(18))
    employer_tax_code: Mapped[str] = mapped_column(String(20), index=True)
    month: Mapped[str] = mapped_column(String(7))
    insured_salary: Mapped[Decimal] = mapped_column(Money)
    pension_individual: Mapped[Decimal] = mapped_column(
        Money, doc="the person's share, credited to the individual account"
    )
    pension_employer: Mapped[Decimal] = mapped_column(Money)
    unemployment: Mapped[Decimal] = mapped_column(Money)
    health: Mapped[Decimal] = mapped_column(Money)
    due_on: Mapped[date] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64))


class ContinuationNotice(Record, Base):
    """A notice of social-insurance continuation (社会保险缴费接续通知书) issued for a termination."""

    __tablename__ = "continuation_notices"
    __table_args__ = (UniqueConstraint("termination_id", "national_id", "termination_version"),)

    national_id: Mapped[str] = mapped_column(String(18), index=True)
    termination_id: Mapped[int] = mapped_column(BigIntegerKey)
    termination_version: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict] = mapped_column()


class Claim(Record, Base):
    """A claim for unemployment benefit and its decision, with the facts it was decided on."""

    __tablename__ = "claims"

    national_id: Mapped[str] = mapped_column(String(18), index=True)
    termination_id: Mapped[int] = mapped_column(BigIntegerKey, index=True)
    filed_on: Mapped[date] = mapped_column(Date)
    pack: Mapped[str] = mapped_column(String(20))
    pack_version: Mapped[int] = mapped_column(Integer)
    eligible: Mapped[bool] = mapped_column(Boolean)
    facts: Mapped[dict] = mapped_column()
    decision: Mapped[dict] = mapped_column()


class Benefit(Record, Base):
    """A benefit being paid on an eligible claim."""

    __tablename__ = "benefits"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), unique=True)
    national_id: Mapped[str] = mapped_column(String(18), index=True)
    pack: Mapped[str] = mapped_column(String(20))
    status: Mapped[BenefitStatus] = mapped_column(text_enum(BenefitStatus), index=True)
    monthly_amount: Mapped[Decimal] = mapped_column(Money)
    months: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    employer_tax_code: Mapped[str] = mapped_column(String(20), doc="the employer whose contract ended")
    locality_code: Mapped[str | None] = mapped_column(String(20))
    fund_area: Mapped[str] = mapped_column(String(100), index=True)
    community: Mapped[str | None] = mapped_column(String(100), index=True)
    refusals: Mapped[int] = mapped_column(Integer, default=0)
    suspended_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(200))
    end_ground: Mapped[EndGround | None] = mapped_column(text_enum(EndGround))

    payments: Mapped[list["BenefitPayment"]] = relationship(lazy="raise", order_by="BenefitPayment.number")


class BenefitPayment(Record, Base):
    """One month of a benefit: scheduled, paid, or cancelled when the benefit ended."""

    __tablename__ = "benefit_payments"
    __table_args__ = (UniqueConstraint("benefit_id", "number"),)

    benefit_id: Mapped[int] = mapped_column(ForeignKey("benefits.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[PaymentStatus] = mapped_column(text_enum(PaymentStatus), default=PaymentStatus.scheduled)
    paid_on: Mapped[date | None] = mapped_column(Date)


class Overpayment(Record, Base):
    """Benefit paid for months after the person was back in work: to recover."""

    __tablename__ = "overpayments"

    benefit_id: Mapped[int] = mapped_column(ForeignKey("benefits.id"), index=True)
    national_id: Mapped[str] = mapped_column(String(18), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    months: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    detected_on: Mapped[date] = mapped_column(Date)
    recovered_on: Mapped[date | None] = mapped_column(Date)


class Reemployment(Base):
    """A job of a person who was out of work, as labour published it once per job: the evidence of
    the integrity cross-match."""

    __tablename__ = "reemployments"

    reemployment_id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=False)  # labour's
    national_id: Mapped[str] = mapped_column(String(18), index=True)
    employer_tax_code: Mapped[str | None] = mapped_column(String(20))
    employer_name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    channel: Mapped[ReemploymentChannel] = mapped_column(text_enum(ReemploymentChannel))
    evidence_agency: Mapped[str] = mapped_column(String(80))
    evidence_record: Mapped[str] = mapped_column(String(300))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class FundArea(Base):
    """An unemployment-insurance fund area (统筹地区): its money and flows."""

    __tablename__ = "fund_areas"

    code: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    balance: Mapped[Decimal] = mapped_column(Money)
    monthly_income: Mapped[Decimal] = mapped_column(Money)
    monthly_expenditure: Mapped[Decimal] = mapped_column(Money)
    alert_threshold_months: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(2))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class FundAlert(Record, Base):
    __tablename__ = "fund_alerts"

    area_code: Mapped[str] = mapped_column(ForeignKey("fund_areas.code"), index=True)
    months_left: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    report: Mapped[dict] = mapped_column()


class PensionContinuation(Record, Base):
    """An unemployed person's registration to keep paying pension contributions individually."""

    __tablename__ = "pension_continuations"

    national_id: Mapped[str] = mapped_column(String(18), unique=True)
    registered_on: Mapped[date] = mapped_column(Date)
    monthly_contribution: Mapped[Decimal] = mapped_column(Money)


class PensionPayment(Record, Base):
    __tablename__ = "pension_payments"
    __table_args__ = (UniqueConstraint("continuation_id", "month"),)

    continuation_id: Mapped[int] = mapped_column(ForeignKey("pension_continuations.id"), index=True)
    month: Mapped[str] = mapped_column(String(7))
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[date] = mapped_column(Date)


class Retiree(Record, Base):
    """A retiree managed by their street and community (seed 002)."""

    __tablename__ = "retirees"

    national_id: Mapped[str] = mapped_column(String(18), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))
    county: Mapped[str] = mapped_column(String(100))
    street: Mapped[str] = mapped_column(String(100))
    community_code: Mapped[str] = mapped_column(String(40), index=True)
    pension_since: Mapped[date] = mapped_column(Date)


class Certification(Record, Base):
    """The annual certification of pension eligibility (领取养老金资格认证)."""

    __tablename__ = "certifications"
    __table_args__ = (UniqueConstraint("retiree_id", "year"),)

    retiree_id: Mapped[int] = mapped_column(ForeignKey("retirees.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    certified_on: Mapped[date] = mapped_column(Date)
    certified_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
