"""What the console's pages show: view models filled by the service, rendered by the templates."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from services.gateway.access.policy import CONSOLE_OPERATE
from shared.messaging.dead_letters.schemas import DeadLetterDetail, DeadLetterRead, RedriveResult, ResolutionRead


@dataclass(frozen=True)
class Operator:
    """The operator a console session belongs to, as the partner registry holds them now."""

    client_id: str
    agency_code: str
    scopes: frozenset[str]

    @property
    def operates(self) -> bool:
        return CONSOLE_OPERATE in self.scopes


class Rag(StrEnum):
    """Red, amber or green against a target; none when there is nothing to measure."""

    green = "green"
    amber = "amber"
    red = "red"
    none = "none"


@dataclass(frozen=True)
class Cell:
    """One indicator of one group against its target."""

    indicator: str
    numerator: int
    denominator: int
    percent: Decimal | None
    target_percent: Decimal
    rag: Rag


@dataclass(frozen=True)
class TargetRow:
    """A province, district or centre (all three None: every group together) and its indicators."""

    province: str | None
    district: str | None
    centre_code: str | None
    cells: dict[str, Cell]


@dataclass(frozen=True)
class Chart:
    """A line chart drawn as SVG on the server: x labels, one point per label (None: no value),
    and a dashed reference line (a target or a threshold). Coordinates are in the SVG's units."""

    width: int
    height: int
    labels: list[tuple[float, str]]
    points: list[tuple[float, float]]
    reference_y: float | None
    top: Decimal  # the value at the top of the scale
    values: list[Decimal | None]


@dataclass(frozen=True)
class Trend:
    indicator: str
    target_percent: Decimal
    quarters: list[str]
    chart: Chart


@dataclass(frozen=True)
class TargetsPage:
    quarter: str
    level: str
    province: str | None
    district: str | None
    centre_code: str | None
    indicators: list[str]
    targets: dict[str, Decimal]
    overall: TargetRow
    rows: list[TargetRow]
    trends: list[Trend]


@dataclass(frozen=True)
class ForecastMonth:
    month: date
    balance: Decimal
    months_left: Decimal | None
    below_threshold: bool


@dataclass(frozen=True)
class FundArea:
    """A fund area as social insurance reports it now, and its forecast for the months ahead."""

    area_code: str
    name: str
    balance: Decimal
    monthly_income: Decimal
    monthly_expenditure: Decimal
    current_recipients: int
    monthly_net_outflow: Decimal
    months_left: Decimal | None
    alert_threshold_months: Decimal
    alert: bool
    updated_at: datetime
    forecast: list[ForecastMonth]
    chart: Chart
    first_month_below: date | None


@dataclass(frozen=True)
class AuditQuery:
    """A search of the access log; every criterion is optional."""

    national_id: str | None = None
    client_id: str | None = None
    category: str | None = None
    purpose: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int = 200


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    client_id: str
    agency_code: str
    masked_id: str
    categories: list[str]
    purpose: str
    action: str
    outcome: int


@dataclass(frozen=True)
class Verification:
    """The chain's verification as audit.service returns it, with the entry where it breaks."""

    intact: bool
    entries_checked: int
    broken_at: int | None
    reason: str | None
    head_seq: int | None
    head_hash: str | None
    broken_entry: AuditRow | None = None


@dataclass(frozen=True)
class QueuePerson:
    """A person in a centre's queue, the ID masked: what the caseworker must act on."""

    masked_id: str
    registration_id: int | None = None
    registered_on: date | None = None
    month: str | None = None  # the month a notice was missed
    count: int | None = None  # months missed in a row, or offers missing to reach three


@dataclass(frozen=True)
class CaseworkerQueue:
    centre_code: str | None
    centres: list[tuple[str, str]]
    without_caseworker: list[QueuePerson] = field(default_factory=list)
    missed_notices: list[QueuePerson] = field(default_factory=list)
    short_of_offers: list[QueuePerson] = field(default_factory=list)


@dataclass(frozen=True)
class Lag:
    """How many events of a partition a consumer group has not committed."""

    consumer_group: str
    topic: str
    partition: str
    behind: int


@dataclass(frozen=True)
class ServiceBus:
    """A service's side of the bus as its /metrics reports it now, and its open dead letters;
    `unreachable` says why the figures are missing."""

    service: str
    outbox_pending: int | None = None
    oldest_pending_seconds: Decimal | None = None
    dead_letters: int | None = None
    lags: list[Lag] = field(default_factory=list)
    letters: list[DeadLetterRead] = field(default_factory=list)
    unreachable: str | None = None


@dataclass(frozen=True)
class DeskAnswer:
    """What an action on a dead letter did: a re-drive's (or dry run's) result, or a discard."""

    service: str
    event_id: str
    redrive: RedriveResult | None = None
    discard: ResolutionRead | None = None


@dataclass(frozen=True)
class ShownLetter:
    """One dead letter shown with its payload, national IDs masked."""

    service: str
    letter: DeadLetterDetail
    payload: str


class BreakerState(StrEnum):
    closed = "closed"
    open = "open"
    half_open = "half_open"  # past its cool-down: the next call is the one trial


@dataclass(frozen=True)
class Breaker:
    """A service's circuit breaker in this gateway process."""

    service: str
    state: BreakerState
    failures: int  # failures in a row
    threshold: int
    retry_in_seconds: int | None


@dataclass(frozen=True)
class RouteTraffic:
    """A client's calls of one operation over the last 24 hours, by outcome."""

    route: str  # "": no such operation
    calls: int
    succeeded: int
    refused: int
    rate_limited: int
    failed: int


@dataclass(frozen=True)
class ClientTraffic:
    """A partner client's calls over the last 24 hours: per operation, and per hour (the chart)."""

    client_id: str  # "": credentials that named no client
    calls: int
    rate_limited: int
    routes: list[RouteTraffic]
    chart: Chart


@dataclass(frozen=True)
class PartnersPage:
    since: datetime
    clients: list[ClientTraffic]
    breakers: list[Breaker]

    @property
    def rate_limit_hits(self) -> int:
        return sum(client.rate_limited for client in self.clients)
