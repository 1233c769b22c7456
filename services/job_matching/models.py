"""Tables of the job matching service (its own database).

Seeker profiles are built from the labour service's events; vacancies, job fairs, offers,
referrals and placements are this service's own record. Relationships load only when asked for.
"""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.db import TYPE_ANNOTATIONS, AboutAPerson, BigIntegerKey, Record, service_metadata, text_enum, utcnow
from shared.events.catalogue import JOB_MATCHING
from shared.events.vocabulary import ContractType, Jurisdiction
from shared.feeds import CommitOrdered
from shared.messaging.tables import messaging_tables
from shared.service import outbox_of


class Base(DeclarativeBase):
    metadata = service_metadata()
    type_annotation_map = TYPE_ANNOTATIONS


messaging = messaging_tables(Base.metadata)
outbox = outbox_of(tables=messaging, stream=JOB_MATCHING)

Money = Numeric(14, 2)


class VacancyStatus(StrEnum):
    open = "open"
    closed = "closed"


class VacancyCloseReason(StrEnum):
    filled = "filled"
    withdrawn = "withdrawn"
    expired = "expired"


class SeekerStatus(StrEnum):
    """unregistered: known from training or hardship only; active: matched and offered; placed;
    inactive: benefit ended. Only a new registration makes a seeker active again."""

    unregistered = "unregistered"
    active = "active"
    placed = "placed"
    inactive = "inactive"


class ReferralState(StrEnum):
    """Where a referral stands: pending until the employer's or the seeker's outcome, or withdrawn."""

    pending = "pending"
    hired = "hired"
    rejected_by_employer = "rejected_by_employer"
    declined = "declined"
    no_show = "no_show"
    withdrawn = "withdrawn"  # the seeker found other work


class OccupationMapping(Record, Base):
    """A national occupation code and the ISCO-08 unit group it corresponds to."""

    __tablename__ = "occupation_mappings"
    __table_args__ = (UniqueConstraint("jurisdiction", "national_code"),)

    jurisdiction: Mapped[Jurisdiction] = mapped_column(text_enum(Jurisdiction))
    national_code: Mapped[str] = mapped_column(String(20))
    national_title: Mapped[str] = mapped_column(String(200))
    isco_code: Mapped[str] = mapped_column(String(4))


class Vacancy(Record, Base):
    """A vacancy an employer reported (seed 000 §3: the vacancy-reporting duty)."""

    __tablename__ = "vacancies"
    __table_args__ = (Index("ix_vacancies_open_by_major_group", "status", "jurisdiction", "isco_major"),)

    jurisdiction: Mapped[Jurisdiction] = mapped_column(text_enum(Jurisdiction))
    employer_tax_code: Mapped[str] = mapped_column(String(20), index=True)
    employer_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    isco_code: Mapped[str] = mapped_column(String(4))
    # The ISCO major group (first digit), so the candidates of a match come from an index.
    isco_major: Mapped[str] = mapped_column(String(1))
    national_occupation_code: Mapped[str | None] = mapped_column(String(20))
    skills: Mapped[list] = mapped_column(default=list)
    province: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100))
    wage_min: Mapped[Decimal | None] = mapped_column(Money)
    wage_max: Mapped[Decimal | None] = mapped_column(Money)
    contract_type: Mapped[ContractType] = mapped_column(text_enum(ContractType))
    openings: Mapped[int] = mapped_column(Integer)
    filled: Mapped[int] = mapped_column(Integer, default=0)
    closing_date: Mapped[date] = mapped_column(Date, index=True)
    public_welfare: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[VacancyStatus] = mapped_column(text_enum(VacancyStatus), default=VacancyStatus.open)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[VacancyCloseReason | None] = mapped_column(text_enum(VacancyCloseReason))


class JobFair(Record, Base):
    """A dedicated recruitment event, held where many people are out of work."""

    __tablename__ = "job_fairs"

    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300))
    province: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100))
    centre_code: Mapped[str] = mapped_column(String(40))


class JobFairVacancy(Base):
    __tablename__ = "job_fair_vacancies"

    job_fair_id: Mapped[int] = mapped_column(ForeignKey("job_fairs.id"), primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), primary_key=True)


class SeekerProfile(Record, Base):
    """A registered job seeker as job matching knows them: from labour's events, plus their own edits."""

    __tablename__ = "seeker_profiles"

    national_id: Mapped[str] = mapped_column(String(18), unique=True)
    # Known once the person registers; training or hardship events may come first.
    jurisdiction: Mapped[Jurisdiction | None] = mapped_column(text_enum(Jurisdiction))
    registration_id: Mapped[int | None] = mapped_column(BigIntegerKey)
    centre_code: Mapped[str | None] = mapped_column(String(40), index=True)
    province: Mapped[str | None] = mapped_column(String(100))
    district: Mapped[str | None] = mapped_column(String(100))
    registered_on: Mapped[date | None] = mapped_column(Date, index=True)
    occupations: Mapped[list] = mapped_column(default=list)  # ISCO-08 codes wished or trained for
    skills: Mapped[list] = mapped_column(default=list)
    preferred_provinces: Mapped[list] = mapped_column(default=list)
    preferred_districts: Mapped[list] = mapped_column(default=list)
    minimum_monthly_wage: Mapped[Decimal | None] = mapped_column(Money)
    willing_to_relocate: Mapped[bool] = mapped_column(Boolean, default=False)
    special_hardship: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[SeekerStatus] = mapped_column(text_enum(SeekerStatus), default=SeekerStatus.unregistered, index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Offer(Record, AboutAPerson, Base):
    """A broadly matching vacancy offered to a seeker, with the score that explains it."""

    __tablename__ = "offers"
    __table_args__ = (UniqueConstraint("seeker_id", "vacancy_id"),)

    seeker_id: Mapped[int] = mapped_column(ForeignKey("seeker_profiles.id"), index=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    score: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    breakdown: Mapped[dict] = mapped_column()
    offered_on: Mapped[date] = mapped_column(Date, index=True)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)  # the seeker found work


class Referral(Record, AboutAPerson, Base):
    """A seeker sent to an employer for a vacancy, and how it ended."""

    __tablename__ = "referrals"
    __table_args__ = (UniqueConstraint("seeker_id", "vacancy_id"),)

    seeker_id: Mapped[int] = mapped_column(ForeignKey("seeker_profiles.id"), index=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    centre_code: Mapped[str] = mapped_column(String(40), index=True)
    referred_on: Mapped[date] = mapped_column(Date, index=True)
    outcome: Mapped[ReferralState] = mapped_column(text_enum(ReferralState), default=ReferralState.pending)
    good_reason: Mapped[bool | None] = mapped_column(Boolean)
    explanation: Mapped[str | None] = mapped_column(Text)
    decided_on: Mapped[date | None] = mapped_column(Date)


class Placement(Record, AboutAPerson, Base):
    """A seeker placed in a job, through a referral or found on their own (reported by the centre)."""

    __tablename__ = "placements"

    seeker_id: Mapped[int] = mapped_column(ForeignKey("seeker_profiles.id"), index=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), unique=True)
    centre_code: Mapped[str] = mapped_column(String(40), index=True)
    employer_tax_code: Mapped[str | None] = mapped_column(String(20))
    employer_name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    monthly_wage: Mapped[Decimal] = mapped_column(Money)


class VacancyChange(CommitOrdered, Base):
    """The vacancy feed partner job boards poll: one row per vacancy written, read in commit order."""

    __tablename__ = "vacancy_changes"

    vacancy_id: Mapped[int] = mapped_column(BigIntegerKey, index=True)
    removed: Mapped[bool] = mapped_column(Boolean)
    snapshot: Mapped[dict] = mapped_column()
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
