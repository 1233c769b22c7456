"""Tables of the gateway (its own database): the partner registry, the audit chain, the events
partner agencies pull, and the report tables projected from those events."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, Double, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from services.gateway.access.policy import AgencyKind
from shared.db import TYPE_ANNOTATIONS, BigIntegerKey, Record, service_metadata, text_enum
from shared.feeds import CommitOrdered
from shared.messaging.tables import messaging_tables


class Base(DeclarativeBase):
    metadata = service_metadata()
    type_annotation_map = TYPE_ANNOTATIONS


messaging = messaging_tables(Base.metadata)


class Agency(Record, Base):
    """A partner agency: labour, social insurance, a centre, tax, planning and investment, finance, or a
    community station."""

    __tablename__ = "agencies"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[AgencyKind] = mapped_column(text_enum(AgencyKind))
    # Its jurisdiction, as registrations name theirs: none set, the whole country; else the people
    # registered in this province (and district), or at this centre (access/areas.py).
    province: Mapped[str | None] = mapped_column(String(100))
    district: Mapped[str | None] = mapped_column(String(100))
    centre_code: Mapped[str | None] = mapped_column(String(40))


class Client(Record, Base):
    """A system of an agency that calls the gateway, with the scopes it was granted (deny by default)."""

    __tablename__ = "clients"

    client_id: Mapped[str] = mapped_column(String(80), unique=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    scopes: Mapped[list] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    rate_limit_per_minute: Mapped[int] = mapped_column(Integer, default=600)


class CredentialKind(StrEnum):
    api_key = "api_key"  # sent as X-API-Key
    client_secret = "client_secret"  # exchanged for a token (OAuth2 client credentials)


class Credential(Record, Base):
    """An API key or client secret, stored only as a hash; rotated by issuing a new one, revoked by date."""

    __tablename__ = "credentials"
    __table_args__ = (Index("ix_credentials_lookup", "lookup", unique=True),)

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[CredentialKind] = mapped_column(text_enum(CredentialKind))
    lookup: Mapped[str] = mapped_column(String(32))  # the public part that finds the row
    secret_hash: Mapped[str] = mapped_column(String(128))
    revoked_at: Mapped[datetime | None] = mapped_column()


class RateLimitWindow(Base):
    """The requests a caller made in its current rate-limit window, counted for every gateway replica."""

    __tablename__ = "rate_limit_windows"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # limits' key: caller and limit
    hits: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[float] = mapped_column(Double, index=True)  # epoch seconds, as limits reckons time


class ClientLockout(Base):
    """A client's consecutive bad secrets at the token endpoint and until when it is locked out,
    shared by every gateway replica; removed by its next good secret."""

    __tablename__ = "client_lockouts"

    client_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[float] = mapped_column(Double)  # epoch seconds; 0 while under the threshold


class AuditEntry(Base):
    """One access to a person's data. Append-only: each entry's hash covers the one before it."""

    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column()
    client_id: Mapped[str] = mapped_column(String(80))
    agency_code: Mapped[str] = mapped_column(String(40))
    national_id: Mapped[str] = mapped_column(String(18), index=True)
    categories: Mapped[list] = mapped_column()
    purpose: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(300))  # method and path
    outcome: Mapped[int] = mapped_column(Integer)  # HTTP status
    request_id: Mapped[str] = mapped_column(String(80))
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class PartnerEvent(CommitOrdered, Base):
    """An event of the three services, kept for agencies to pull through a cursor without Kafka
    access (read in the order the gateway's consumer committed them)."""

    __tablename__ = "partner_events"

    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    event_type: Mapped[str] = mapped_column(String(100), index=True)
    subject: Mapped[str] = mapped_column(String(80))
    time: Mapped[datetime] = mapped_column()
    data: Mapped[dict] = mapped_column()
    received_at: Mapped[datetime] = mapped_column()


class ReportCase(Record, Base):
    """A registration as unemployed: the case every person-based KPI is measured over."""

    __tablename__ = "report_cases"
    __table_args__ = (UniqueConstraint("registration_id", "national_id"),)

    registration_id: Mapped[int] = mapped_column(BigIntegerKey)
    national_id: Mapped[str] = mapped_column(String(18), index=True)
    centre_code: Mapped[str] = mapped_column(String(40))
    province: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100))
    registered_on: Mapped[date] = mapped_column(Date, index=True)


class ReportAction(Record, Base):
    """One assistance action or outcome for a person, dated (counselled, offered, placed, …)."""

    __tablename__ = "report_actions"
    __table_args__ = (Index("ix_report_actions_person", "national_id", "action"),)

    national_id: Mapped[str] = mapped_column(String(18))
    action: Mapped[str] = mapped_column(String(40))
    happened_on: Mapped[date] = mapped_column(Date)


class LinkedTermination(Record, Base):
    """A termination and when social insurance issued its continuation notice, by the events' own times."""

    __tablename__ = "linked_terminations"
    __table_args__ = (UniqueConstraint("termination_id", "national_id"),)

    termination_id: Mapped[int] = mapped_column(BigIntegerKey)
    national_id: Mapped[str] = mapped_column(String(18))
    province: Mapped[str | None] = mapped_column(String(100))
    recorded_at: Mapped[datetime | None] = mapped_column(index=True)
    notice_issued_at: Mapped[datetime | None] = mapped_column()


class SatisfactionResponse(Record, Base):
    """An anonymous answer to the satisfaction survey of unemployment-insurance participants."""

    __tablename__ = "satisfaction_responses"
    __table_args__ = (UniqueConstraint("agency_code", "response_id"),)

    agency_code: Mapped[str] = mapped_column(String(40))
    response_id: Mapped[str] = mapped_column(String(80))
    centre_code: Mapped[str] = mapped_column(String(40))
    province: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100))
    service: Mapped[str] = mapped_column(String(40))
    surveyed_on: Mapped[date] = mapped_column(Date, index=True)
    score: Mapped[int] = mapped_column(SmallInteger)


class TrafficOutcome(StrEnum):
    """How the gateway answered a partner call, as the console's Partners page counts it."""

    succeeded = "succeeded"  # below 400
    refused = "refused"  # 4xx but 429: credentials, scope, purpose, input, no such operation
    rate_limited = "rate_limited"  # 429: the client's allowance for the minute was spent
    failed = "failed"  # 5xx: the gateway or a service failed


class PartnerTraffic(Base):
    """Partner calls per hour, client, operation and outcome, for the console's Partners page.
    Each gateway process counts in memory and adds its counts here now and then
    (services/gateway/traffic), so a partner call itself writes nothing; swept after 8 days."""

    __tablename__ = "partner_traffic"

    hour: Mapped[datetime] = mapped_column(primary_key=True)  # the hour's start, UTC
    client_id: Mapped[str] = mapped_column(String(80), primary_key=True)  # "": credentials that name no client
    route: Mapped[str] = mapped_column(String(300), primary_key=True)  # the operation's template
    outcome: Mapped[TrafficOutcome] = mapped_column(text_enum(TrafficOutcome), primary_key=True)
    calls: Mapped[int] = mapped_column(Integer)
