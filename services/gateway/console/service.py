"""The console's rules: who may open it, and what each page shows, computed by the gateway's own
modules (reports, audit) and the services' endpoints, never by a second definition of a figure."""

import asyncio
import re
import secrets
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from hmac import compare_digest
from typing import Any, Protocol
from urllib.parse import quote

import orjson
from prometheus_client import Gauge, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access.lockouts import Lockouts
from services.gateway.access.policy import CONSOLE_READ, CONSOLE_SCOPES, effective_scopes
from services.gateway.audit.schemas import ChainVerification
from services.gateway.audit.service import verify_chain
from services.gateway.console.charts import line_chart
from services.gateway.console.repository import ConsoleRepository
from services.gateway.console.schemas import (
    AuditQuery,
    AuditRow,
    Breaker,
    BreakerState,
    CaseworkerQueue,
    Cell,
    ClientTraffic,
    ForecastMonth,
    FundArea,
    Lag,
    Operator,
    PartnersPage,
    QueuePerson,
    Rag,
    RouteTraffic,
    ServiceBus,
    ShownLetter,
    TargetRow,
    TargetsPage,
    Trend,
    Verification,
)
from services.gateway.models import AuditEntry, TrafficOutcome
from services.gateway.partners.repository import ClientRepository
from services.gateway.partners.service import grant_token
from services.gateway.reports import service as reports
from services.gateway.reports.schemas import GroupBy, Grouping, Indicator
from services.gateway.routing.upstream import CircuitBreaker, UpstreamFailed, Upstreams
from services.gateway.traffic import service as traffic
from shared.kpis import KPIS
from shared.messaging.dead_letters import service as dead_letters
from shared.messaging.dead_letters.endpoints import router as desk
from shared.messaging.dead_letters.schemas import DeadLetterDetail, DeadLetterRead, RedriveResult, ResolutionRead
from shared.messaging.dead_letters.service import NotOpen
from shared.metrics import CONSUMER_LAG, DEAD_LETTERS, OUTBOX_OLDEST_AGE, OUTBOX_PENDING
from shared.national_id import NATIONAL_ID_PATTERN
from shared.problems import NotFound, Problem
from shared.runtime import ServiceRuntime

# Amber: below the target by less than this many percentage points. Close enough that the work
# still open in the period (people followed up to date) can reach the target; further below is red.
AMBER_POINTS = Decimal(10)
INDICATORS = (*reports.PERSON_KPIS, "satisfaction", "data_linkage")
TREND_QUARTERS = 4
FORECAST_MONTHS = 6
QUEUE_LIMIT = 500


class NotAnOperator(Problem):
    status, slug, title = 403, "not-an-operator", "Not an operator"


def masked(national_id: str) -> str:
    """The national ID with its first four and last two characters shown (0791******03)."""
    return national_id[:4] + "*" * max(len(national_id) - 6, 0) + national_id[-2:]


# --- sessions -------------------------------------------------------------------------------

CSRF_KEY = "csrf"
OPERATOR_KEY = "operator"


def csrf_token(session: dict[str, Any]) -> str:
    """The session's anti-forgery token, made on first use: every form that changes state sends it back."""
    if CSRF_KEY not in session:
        session[CSRF_KEY] = secrets.token_urlsafe(32)
    return str(session[CSRF_KEY])


def csrf_holds(session: Mapping[str, Any], sent: object) -> bool:
    """Whether the form's token is the session's (compared in constant time)."""
    expected = session.get(CSRF_KEY)
    return isinstance(expected, str) and isinstance(sent, str) and compare_digest(expected, sent)


async def log_in(
    *,
    session: AsyncSession,
    signing_key: str,
    hash_key: str | None,
    lockouts: Lockouts,
    client_id: str,
    client_secret: str,
) -> str:
    """Check the client's credentials as the token endpoint does (401 when they fail, the same
    lock-out after repeated bad secrets) and that it holds console:read (403 otherwise); the client
    id to keep in the session. The access token the check signs is not kept: a console session must
    not be usable on the partner API."""
    granted = await grant_token(
        session=session,
        signing_key=signing_key,
        hash_key=hash_key,
        lockouts=lockouts,
        ttl_seconds=60,
        grant_type="client_credentials",
        client_id=client_id,
        client_secret=client_secret,
        requested_scope=None,
        national_id=None,
    )
    if CONSOLE_READ not in str(granted["scope"]).split():
        raise NotAnOperator(f"client {client_id} was not granted {CONSOLE_READ}")
    return client_id


async def operator_of(*, session: AsyncSession, client_id: str) -> Operator | None:
    """The operator as the registry holds them now (None: deactivated, or no longer holding
    console:read), so a revoked grant closes an open session at its next page."""
    found = await ClientRepository(session).with_agency(client_id)
    if found is None or not found[0].active:
        return None
    client, agency = found
    scopes = effective_scopes(agency.kind, client.scopes) & CONSOLE_SCOPES
    return Operator(client.client_id, agency.code, scopes) if CONSOLE_READ in scopes else None


# --- targets --------------------------------------------------------------------------------


def rag(percent: Decimal | None, target: Decimal) -> Rag:
    """Green at or above the target, amber less than AMBER_POINTS below it, red further below."""
    if percent is None:
        return Rag.none
    if percent >= target:
        return Rag.green
    return Rag.amber if target - percent < AMBER_POINTS else Rag.red


def _cell(indicator: Indicator) -> Cell:
    return Cell(
        indicator=indicator.indicator,
        numerator=indicator.numerator,
        denominator=indicator.denominator,
        percent=indicator.percent,
        target_percent=indicator.target_percent,
        rag=rag(indicator.percent, indicator.target_percent),
    )


def previous_quarters(quarter: str, count: int) -> list[str]:
    """`count` quarters ending with `quarter`, oldest first."""
    year, number = int(quarter[:4]), int(quarter[-1])
    index = year * 4 + number - 1
    return [f"{i // 4}-Q{i % 4 + 1}" for i in range(index - count + 1, index + 1)]


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


async def _rows(
    *,
    session: AsyncSession,
    quarter: str,
    level: GroupBy,
    province: str | None,
    district: str | None,
    centre: str | None,
) -> list[TargetRow]:
    """Every indicator per group of `level` (all: one row) over the quarter, as the reports compute them."""
    start, end, _ = reports.quarter_bounds(quarter)
    grouping = Grouping(group_by=level, province=province, district=district, centre_code=centre)
    kpis = await reports.kpis(session=session, registered_from=start, registered_to=end, grouping=grouping)
    satisfaction = await reports.satisfaction(session=session, surveyed_from=start, surveyed_to=end, grouping=grouping)
    # Data linkage is measured by the employer's province only: shown for all and per province.
    linkage = (
        await reports.data_linkage(
            session=session, recorded_from=start, recorded_to=end, group_by=level, province=province
        )
        if level in ("all", "province")
        else None
    )
    rows: dict[tuple[str | None, ...], dict[str, Cell]] = {}
    for group in kpis.groups:
        cells = rows.setdefault((group.province, group.district, group.centre_code), {})
        cells.update({i.indicator: _cell(i) for i in group.indicators})
    for answer in satisfaction.groups:
        rows.setdefault((answer.province, answer.district, answer.centre_code), {})["satisfaction"] = _cell(
            answer.indicator
        )
    for linked in linkage.groups if linkage else ():
        rows.setdefault((linked.province, None, None), {})["data_linkage"] = _cell(linked.indicator)
    return [
        TargetRow(province=key[0], district=key[1], centre_code=key[2], cells=cells)
        for key, cells in sorted(rows.items(), key=lambda item: tuple(k or "" for k in item[0]))
    ]


async def targets(
    *,
    session: AsyncSession,
    quarter: str,
    level: GroupBy,
    province: str | None = None,
    district: str | None = None,
    centre_code: str | None = None,
) -> TargetsPage:
    """The indicators of the people registered (surveyed, terminated) in the quarter against their
    targets, overall and per group, and each indicator's trend over the last quarters."""
    where = {"province": province, "district": district, "centre": centre_code}
    year = reports.quarter_bounds(quarter)[1].year
    targets = {name: KPIS[name].target_for(year) for name in INDICATORS}
    quarters = previous_quarters(quarter, TREND_QUARTERS)
    overall_by_quarter = {q: await _rows(session=session, quarter=q, level="all", **where) for q in quarters}
    overall = next(iter(overall_by_quarter[quarter]), TargetRow(None, None, None, {}))
    trends = []
    for name in INDICATORS:
        values = [
            next((r.cells[name].percent for r in overall_by_quarter[q] if name in r.cells), None) for q in quarters
        ]
        trends.append(
            Trend(
                indicator=name,
                target_percent=targets[name],
                quarters=quarters,
                chart=line_chart(quarters, values, reference=targets[name], top=Decimal(100)),
            )
        )
    return TargetsPage(
        quarter=quarter,
        level=level,
        province=province,
        district=district,
        centre_code=centre_code,
        indicators=list(INDICATORS),
        targets=targets,
        overall=overall,
        rows=await _rows(session=session, quarter=quarter, level=level, **where),
        trends=trends,
    )


# --- fund -----------------------------------------------------------------------------------


async def fund(*, upstreams: Upstreams, headers: Mapping[str, str]) -> list[FundArea]:
    """Each fund area's months left as social insurance computes them now (its early-warning
    endpoint, the one the fund-months report reads), and its forecast of the months ahead."""
    response = await upstreams.call("social_insurance", "GET", "/fund-areas", headers=headers)
    areas = []
    for area in orjson.loads(response.content):
        figures = {k: Decimal(area[k]) for k in ("balance", "monthly_net_outflow", "alert_threshold_months")}
        answer = await upstreams.call(
            "social_insurance",
            "GET",
            f"/fund-areas/{quote(area['area_code'], safe='')}/forecast",
            params=[("months", str(FORECAST_MONTHS))],
            headers=headers,
        )
        ahead = [
            ForecastMonth(
                month=date.fromisoformat(m["month"]),
                balance=Decimal(m["balance"]),
                months_left=None if m["months_left"] is None else Decimal(m["months_left"]),
                below_threshold=m["below_threshold"],
            )
            for m in orjson.loads(answer.content)["months"]
        ]
        areas.append(
            FundArea(
                area_code=area["area_code"],
                name=area["name"],
                balance=figures["balance"],
                monthly_income=Decimal(area["monthly_income"]),
                monthly_expenditure=Decimal(area["monthly_expenditure"]),
                current_recipients=area["current_recipients"],
                monthly_net_outflow=figures["monthly_net_outflow"],
                months_left=None if area["months_left"] is None else Decimal(area["months_left"]),
                alert_threshold_months=figures["alert_threshold_months"],
                alert=area["alert"],
                updated_at=area["updated_at"],
                forecast=ahead,
                chart=line_chart(
                    [m.month.strftime("%m/%y") for m in ahead],
                    [m.months_left for m in ahead],
                    reference=figures["alert_threshold_months"],
                    top=Decimal(4),
                ),
                first_month_below=next((m.month for m in ahead if m.below_threshold), None),
            )
        )
    return areas


# --- audit ----------------------------------------------------------------------------------


def _row(entry: AuditEntry) -> AuditRow:
    return AuditRow(
        seq=entry.seq,
        at=entry.at,
        client_id=entry.client_id,
        agency_code=entry.agency_code,
        masked_id=masked(entry.national_id),
        categories=list(entry.categories),
        purpose=entry.purpose,
        action=entry.action,
        outcome=entry.outcome,
    )


async def audit_entries(*, session: AsyncSession, query: AuditQuery) -> list[AuditRow]:
    """The access log's newest entries that meet the query, national IDs masked."""
    return [_row(entry) for entry in await ConsoleRepository(session).audit_entries(query)]


# audit.service.verify_chain's reasons, as message keys the page translates (a test holds the two together).
REASONS = {
    r"entry \d+ is missing": "missing",
    r"it does not follow the entry before it": "unlinked",
    r"its content does not match its hash": "altered",
    r"it is not the entry an earlier verification saw there": "replaced",
    r"the log ends before entry \d+, .*truncated": "truncated",
}


def reason_key(reason: str | None) -> str | None:
    return next((key for pattern, key in REASONS.items() if re.fullmatch(pattern, reason or "")), None)


async def verify(*, session: AsyncSession, known_head: tuple[int, str] | None) -> Verification:
    """The audit chain recomputed (against a head kept from an earlier verification, if given),
    with the entry where it breaks."""
    result = ChainVerification.model_validate(await verify_chain(session=session, known_head=known_head))
    entry = None if result.broken_at is None else await ConsoleRepository(session).audit_entry(result.broken_at)
    return Verification(
        intact=result.intact,
        entries_checked=result.entries_checked,
        broken_at=result.broken_at,
        reason=reason_key(result.reason),
        head_seq=result.head_seq,
        head_hash=result.head_hash,
        broken_entry=None if entry is None else _row(entry),
    )


# --- caseworker queue -----------------------------------------------------------------------


async def _pages(upstreams: Upstreams, service: str, path: str, params: list[tuple[str, str]], **kw: Any) -> list[Any]:
    """Every item of a service's keyset-paged list (up to QUEUE_LIMIT)."""
    items: list[Any] = []
    after: int | None = None
    while len(items) < QUEUE_LIMIT:
        page = [*params, ("limit", "500"), *([("after", str(after))] if after else [])]
        body = orjson.loads((await upstreams.call(service, "GET", path, params=page, **kw)).content)
        items.extend(body["items"])
        if (after := body["next_after"]) is None:
            break
    return items[:QUEUE_LIMIT]


async def caseworker_queue(
    *, session: AsyncSession, upstreams: Upstreams, headers: Mapping[str, str], centre_code: str | None
) -> CaseworkerQueue:
    """A centre's people to act on: registered without a caseworker (labour), who missed a monthly
    notice (labour's events, as the gateway keeps them), and with fewer than three offers in reach
    (job matching's offer shortages)."""
    centres = await _pages(upstreams, "labour", "/centres", [], headers=headers)
    choices = sorted((c["code"], c["name"]) for c in centres)
    if centre_code is None:
        return CaseworkerQueue(centre_code=None, centres=choices)
    registrations = await _pages(
        upstreams, "labour", "/registrations", [("centre_code", centre_code), ("status", "open")], headers=headers
    )
    missed = await ConsoleRepository(session).missed_notices(centre_code=centre_code, limit=QUEUE_LIMIT)
    shortages = orjson.loads(
        (
            await upstreams.call(
                "job_matching",
                "GET",
                "/reports/offer-shortages",
                params=[("centre_code", centre_code)],
                headers=headers,
            )
        ).content
    )
    return CaseworkerQueue(
        centre_code=centre_code,
        centres=choices,
        without_caseworker=[
            QueuePerson(
                masked(r["national_id"]), registration_id=r["id"], registered_on=date.fromisoformat(r["registered_on"])
            )
            for r in registrations
            if r["caseworker_id"] is None
        ],
        missed_notices=[
            QueuePerson(
                masked(case.national_id),
                registration_id=case.registration_id,
                registered_on=case.registered_on,
                month=event.data["month"],
                count=event.data["consecutive_missed"],
            )
            for event, case in missed
        ],
        short_of_offers=[QueuePerson(masked(s["national_id"]), count=s["short_by"]) for s in shortages],
    )


# --- bus ------------------------------------------------------------------------------------

GATEWAY = "gateway"
DESK = desk.prefix  # every service's dead-letter desk (shared/messaging/dead_letters/endpoints.py)
_REFUSALS: dict[int, type[Problem]] = {404: NotFound, 409: NotOpen}


class Desk(Protocol):
    """A service's bus figures and dead letters, however the console reaches them."""

    async def metrics(self) -> str: ...
    async def letters(self) -> list[DeadLetterRead]: ...
    async def letter(self, event_id: str) -> DeadLetterDetail: ...
    async def redrive(self, event_id: str, *, operator: str, dry_run: bool) -> RedriveResult: ...
    async def discard(self, event_id: str, *, operator: str, reason: str) -> ResolutionRead: ...


@dataclass(frozen=True)
class RemoteDesk:
    """A service's /metrics and dead-letter desk over HTTP, through the gateway's upstream client."""

    upstreams: Upstreams
    service: str
    headers: Mapping[str, str]

    async def _call(
        self,
        method: str,
        event_id: str,
        action: str = "",
        *,
        operator: str | None = None,
        params: list[tuple[str, str]] | None = None,
        body: dict[str, str] | None = None,
    ) -> Any:
        """The desk's answer for the event (all events: ""); its refusal raised as the problem it is."""
        headers = dict(self.headers)
        if operator is not None:
            headers["X-Operator"] = operator
        if body is not None:
            headers["content-type"] = "application/json"
        path = DESK + (f"/{quote(event_id, safe='')}" if event_id else "") + action
        content = None if body is None else orjson.dumps(body)
        response = await self.upstreams.call(
            self.service, method, path, params=params, content=content, headers=headers
        )
        if response.status_code >= 400:
            raise _REFUSALS.get(response.status_code, UpstreamFailed)(orjson.loads(response.content)["detail"])
        return orjson.loads(response.content)

    async def metrics(self) -> str:
        return (await self.upstreams.call(self.service, "GET", "/metrics", headers=self.headers)).text

    async def letters(self) -> list[DeadLetterRead]:
        return [DeadLetterRead.model_validate(letter) for letter in await self._call("GET", "")]

    async def letter(self, event_id: str) -> DeadLetterDetail:
        return DeadLetterDetail.model_validate(await self._call("GET", event_id))

    async def redrive(self, event_id: str, *, operator: str, dry_run: bool) -> RedriveResult:
        params = [("dry_run", str(dry_run).lower())]
        return RedriveResult.model_validate(
            await self._call("POST", event_id, "/redrive", operator=operator, params=params)
        )

    async def discard(self, event_id: str, *, operator: str, reason: str) -> ResolutionRead:
        answer = await self._call("POST", event_id, "/discard", operator=operator, body={"reason": reason})
        return ResolutionRead.model_validate(answer)


@dataclass(frozen=True)
class OwnDesk:
    """The gateway's own figures and dead letters, in this process: the gateway does not serve its
    desk to the network (install_console closes it), so no credential guards it but the console's."""

    runtime: ServiceRuntime

    async def metrics(self) -> str:
        await self.runtime.observe()  # what a scrape of the gateway's /metrics would refresh
        return generate_latest().decode()

    async def letters(self) -> list[DeadLetterRead]:
        return await dead_letters.list_dead_letters(source=dead_letters.source_of(self.runtime))

    async def letter(self, event_id: str) -> DeadLetterDetail:
        return await dead_letters.show_dead_letter(source=dead_letters.source_of(self.runtime), event_id=event_id)

    async def redrive(self, event_id: str, *, operator: str, dry_run: bool) -> RedriveResult:
        source = dead_letters.source_of(self.runtime)
        (result,) = await dead_letters.redrive_dead_letters(
            source=source, operator=operator, event_id=event_id, dry_run=dry_run
        )
        if result.outcome == "not_open":  # as the desk over HTTP answers a re-drive that came second
            raise NotOpen(f"the dead letter of event {event_id} was resolved meanwhile", event_id=event_id)
        return result

    async def discard(self, event_id: str, *, operator: str, reason: str) -> ResolutionRead:
        source = dead_letters.source_of(self.runtime)
        return await dead_letters.discard_dead_letter(
            source=source, event_id=event_id, operator=operator, reason=reason
        )


def desks(*, upstreams: Upstreams, runtime: ServiceRuntime, headers: Mapping[str, str]) -> dict[str, Desk]:
    """Every service's desk: the upstream services' over HTTP, the gateway's own in this process."""
    remote: dict[str, Desk] = {name: RemoteDesk(upstreams, name, headers) for name in upstreams.clients}
    return {**remote, GATEWAY: OwnDesk(runtime)}


def _family(gauge: Gauge) -> str:
    (family,) = gauge.describe()
    return family.name


def bus_figures(*, service: str, exposition: str) -> ServiceBus:
    """The service's outbox, consumer-lag and dead-letter gauges in a /metrics text, read with
    Prometheus' own parser (a process may expose other services' series: only its own count)."""
    samples = {
        family.name: [sample for sample in family.samples if sample.labels.get("service") == service]
        for family in text_string_to_metric_families(exposition)
    }

    def value(gauge: Gauge) -> Decimal | None:
        found = samples.get(_family(gauge))
        return Decimal(str(found[0].value)) if found else None

    pending, oldest, dead = value(OUTBOX_PENDING), value(OUTBOX_OLDEST_AGE), value(DEAD_LETTERS)
    lags = sorted(samples.get(_family(CONSUMER_LAG), []), key=lambda s: (s.labels["topic"], s.labels["partition"]))
    return ServiceBus(
        service=service,
        outbox_pending=None if pending is None else int(pending),
        oldest_pending_seconds=None if oldest is None else oldest.quantize(Decimal(1)),
        dead_letters=None if dead is None else int(dead),
        lags=[Lag(s.labels["consumer_group"], s.labels["topic"], s.labels["partition"], int(s.value)) for s in lags],
    )


async def _service_bus(service: str, desk: Desk) -> ServiceBus:
    try:
        figures = bus_figures(service=service, exposition=await desk.metrics())
        return replace(figures, letters=await desk.letters())
    except Problem as failure:  # one service down does not hide the others
        return ServiceBus(service=service, unreachable=failure.detail)


async def bus(*, desks: Mapping[str, Desk]) -> list[ServiceBus]:
    """Each service's outbox backlog, consumer lag and open dead letters, asked of all at once."""
    return list(await asyncio.gather(*(_service_bus(name, desk) for name, desk in desks.items())))


def masked_payload(value: Any) -> Any:
    """The payload with every national ID masked: an operator sees no person's data."""
    if isinstance(value, dict):
        return {key: masked_payload(item) for key, item in value.items()}
    if isinstance(value, list):
        return [masked_payload(item) for item in value]
    return masked(value) if isinstance(value, str) and re.fullmatch(NATIONAL_ID_PATTERN, value) else value


async def shown_letter(*, service: str, desk: Desk, event_id: str) -> ShownLetter:
    """One dead letter with its payload (national IDs masked) and what operators did with it."""
    letter = await desk.letter(event_id)
    payload = orjson.dumps(masked_payload(letter.data), option=orjson.OPT_INDENT_2).decode()
    hidden = letter.model_copy(update={"data": None, "headers": {}, "subject": masked_payload(letter.subject)})
    return ShownLetter(service=service, letter=hidden, payload=payload)


# --- partners -------------------------------------------------------------------------------


def breaker(service: str, state: CircuitBreaker, now: float) -> Breaker:
    """A breaker's state from its public fields, without admitting a call (`admit` would claim the trial)."""
    if state.opened_at is None:
        return Breaker(service, BreakerState.closed, state.failures, state.threshold, None)
    remaining = state.cooldown - (now - state.opened_at)
    if remaining > 0:
        return Breaker(service, BreakerState.open, state.failures, state.threshold, max(1, round(remaining)))
    return Breaker(service, BreakerState.half_open, state.failures, state.threshold, None)


def _routes(outcomes: Mapping[str, Counter[TrafficOutcome]]) -> list[RouteTraffic]:
    return [
        RouteTraffic(
            route=route,
            calls=sum(counted.values()),
            succeeded=counted[TrafficOutcome.succeeded],
            refused=counted[TrafficOutcome.refused],
            rate_limited=counted[TrafficOutcome.rate_limited],
            failed=counted[TrafficOutcome.failed],
        )
        for route, counted in sorted(outcomes.items())
    ]


async def partners(*, session: AsyncSession, upstreams: Upstreams, now: datetime) -> PartnersPage:
    """Each partner client's calls of the last 24 hours per operation and outcome, and per hour,
    as the gateway replicas have flushed them; and this process's breaker per service."""
    hours = traffic.last_hours(now)
    by_route: dict[str, dict[str, Counter[TrafficOutcome]]] = defaultdict(lambda: defaultdict(Counter))
    by_hour: dict[str, Counter[datetime]] = defaultdict(Counter)
    for row in await traffic.last_day(session=session, now=now):
        by_route[row.client_id][row.route][row.outcome] += row.calls
        by_hour[row.client_id][row.hour] += row.calls
    labels = [f"{hour:%H}" if hour.hour % 6 == 0 else "" for hour in hours]  # 24 labels do not fit
    clients = []
    for client_id in sorted(by_route):
        routes = _routes(by_route[client_id])
        calls: list[Decimal | None] = [Decimal(by_hour[client_id][hour]) for hour in hours]
        clients.append(
            ClientTraffic(
                client_id=client_id,
                calls=sum(r.calls for r in routes),
                rate_limited=sum(r.rate_limited for r in routes),
                routes=routes,
                chart=line_chart(labels, calls, reference=None, top=Decimal(10)),
            )
        )
    monotonic = time.monotonic()
    return PartnersPage(
        since=hours[0],
        clients=clients,
        breakers=[breaker(name, state, monotonic) for name, state in sorted(upstreams.breakers.items())],
    )
