"""The fault run: the whole system broken on purpose while it works, then counted.

The four services run as processes (an API with RUN_WORKERS=false and separate `labourlink worker`
processes per service) on a Kafka broker and a PostgreSQL server of the run's own (bench/breakable.py),
so crashing them does not disturb anything else on the machine. Terminations arrive through labour's
bulk upload, a clerk files their claims, a partner reads people through the gateway, and meanwhile a
seeded schedule injects one fault at a time:

  kill              SIGKILL of a random service process (API or worker), restarted after a pause
  pause             SIGSTOP of a worker for longer than the consumer session timeout (a rebalance), SIGCONT
  broker_restart    SIGKILL of the Kafka broker, started again on its log
  database_restart  `pg_ctl restart -m immediate` (crash recovery from the WAL)
  cut_kafka         every connection of one service to Kafka dropped and refused, then restored
  cut_database      the same for its connections to PostgreSQL

Then the run waits until the system is quiet and counts, from the databases, what a person relies
on: every termination has exactly one continuation notice, one claim decision, one gateway linkage
and a seeker profile with offers; every event each service published reached each consumer group
once; no dead letters; the audit chain verifies. One JSON line: faults by kind, seconds until each
broken part answered again, `lost` and `doubled`.

`python -m bench faults` (or `make faults`): 20,000 terminations, BENCH_FAULT_TERMINATIONS and
BENCH_FAULT_SEED to change them; tests/faults/ runs a short version."""

import asyncio
import os
import random
import shutil
import signal
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

import asyncpg
import httpx
import orjson

from bench.breakable import Broker, DatabaseServer, scratch_home
from bench.common import national_id, report
from bench.processes import Replicas
from bench.whole_pipeline import FILED_ON, ndjson_file, registration, seed, termination, until_quiet
from services.registry import SERVICE_NAMES, load_service
from shared.db import create_engine, create_sessionmaker
from shared.internal_credentials import new_keys

TERMINATIONS = int(os.environ.get("BENCH_FAULT_TERMINATIONS", "20000"))
SEED = int(os.environ.get("BENCH_FAULT_SEED", "18"))
TOKEN_SIGNING_KEY = "fault-run-signing-key-0123456789abcdefghijklmnopqrstuvwxyz"
SESSION_TIMEOUT_SECONDS = 10  # shared/bus/kafka.py's consumer session timeout
KINDS = ("kill", "pause", "broker_restart", "database_restart", "cut_kafka", "cut_database")
PROXIED = "social_insurance"  # the service whose connections the cuts break: every claim passes through it


@dataclass
class System:
    """The run's broker and server, and the services on them; PROXIED reaches both through proxies."""

    broker: Broker
    server: DatabaseServer
    replicas: Replicas

    @property
    def urls(self) -> dict[str, str]:
        return self.replicas.urls

    def database_url(self, service: str) -> str:
        """The service's database as the harness reaches it (never through a proxy)."""
        return self.server.url(service)


class Patient:
    """An HTTP client that retries a request the system did not answer (a killed process, a cut
    connection, a restarting database) until it is answered: only for requests that are safe to
    repeat, which is every request of the run (uploads carry idempotency keys; a claim filed twice
    is refused as already decided)."""

    def __init__(self, http: httpx.AsyncClient, give_up_after_seconds: float = 300) -> None:
        self._http = http
        self._give_up_after = give_up_after_seconds

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        deadline = time.monotonic() + self._give_up_after
        while True:
            try:
                response = await self._http.request(method, url, **kwargs)
                if response.status_code < 500:
                    return response.raise_for_status()
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{method} {url} was not answered for {self._give_up_after} s")
            await asyncio.sleep(0.5)

    async def upload(self, url: str, body: bytes, *, accepted: Callable[[dict[str, Any]], bool]) -> None:
        answer = (
            await self.request("POST", url, content=body, headers={"content-type": "application/x-ndjson"})
        ).json()
        refused = [r for r in answer["results"] if not accepted(r)]
        if refused:
            raise RuntimeError(f"{url}: {len(refused)} lines refused, the first: {refused[0]}")


def _recorded(result: dict[str, Any]) -> bool:
    """A line recorded now or by an earlier attempt of the same upload (its idempotency key)."""
    return result["status"] in {"created", "unchanged"}


def _filed(result: dict[str, Any]) -> bool:
    """A claim filed now, or by an earlier attempt that was cut off before its answer."""
    return _recorded(result) or (result["problem"] or {}).get("status") == 409


async def load(system: System, terminations: int, spread_seconds: float) -> None:
    """Terminations and the centre's registrations as bulk files spread over `spread_seconds`, the
    clerk filing the claims of every notice, and a partner reading people through the gateway."""
    urls = system.urls
    files = max(1, min(terminations // 100, 20))
    size = -(-terminations // files)

    async def upload_files() -> None:
        started = time.monotonic()
        for k, first in enumerate(range(0, terminations, size)):
            await asyncio.sleep(max(0.0, started + k * spread_seconds / files - time.monotonic()))
            people = range(first, min(first + size, terminations))
            terminations_file = ndjson_file("termination", people, termination)
            await http.upload(f"{urls['labour']}/sync/terminations", terminations_file, accepted=_recorded)
            registrations_file = ndjson_file("registration", people, registration)
            await http.upload(f"{urls['labour']}/sync/registrations", registrations_file, accepted=_recorded)

    async def file_claims() -> None:
        after: int | None = None
        filed = 0
        while filed < terminations:
            page = (
                await http.request(
                    "GET",
                    f"{urls['social_insurance']}/continuation-notices",
                    params={"limit": 500, **({"after": after} if after else {})},
                )
            ).json()["items"]
            if not page:
                await asyncio.sleep(0.5)
                continue
            claims = b"".join(
                orjson.dumps({"national_id": n["national_id"], "filed_on": FILED_ON}) + b"\n" for n in page
            )
            await http.upload(f"{urls['social_insurance']}/claims/import", claims, accepted=_filed)
            filed, after = filed + len(page), page[-1]["id"]

    async with system.replicas.client(timeout=60) as client:
        http = Patient(client)
        await asyncio.gather(upload_files(), file_claims())


async def read_as_partner(system: System, key: str, people: int, stop: asyncio.Event) -> int:
    """A partner agency reading people's records through the gateway while the faults happen; each
    answered read is an audit entry. Returns the reads answered."""
    answered = 0
    async with httpx.AsyncClient(timeout=10) as http:
        while not stop.is_set():
            person = national_id(random.Random(answered).randrange(people))
            try:
                response = await http.get(
                    f"{system.urls['gateway']}/v1/persons/{person}",
                    headers={"X-API-Key": key, "X-Purpose": "fault run"},
                )
                answered += response.status_code == 200
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    return answered


READS = ["workers:read", "contracts:read", "terminations:read", "notices:read", "claims:read"]


async def enrol_partner(database_url: str, scopes: Sequence[str] = READS, client_id: str = "fault-run-reader") -> str:
    """A labour agency's client (by default one that may read people's records), enrolled by the
    operator; its API key."""
    from services.gateway.partners.schemas import AgencyCreate
    from services.gateway.partners.service import enrol_client

    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            key = await enrol_client(
                session=session,
                agency=AgencyCreate(code="MOLISA-FAULTS", name="Labour agency (fault run)", kind="labour"),
                client_id=client_id,
                client_name=client_id,
                scopes=list(scopes),
                credential_kind="api_key",
            )
            await session.commit()
            return key
    finally:
        await engine.dispose()


@dataclass(frozen=True)
class Fault:
    kind: str
    target: str  # the process, the broker, the server or the proxied service


def schedule(system: System, seed: int, kills: int) -> list[Fault]:
    """One fault of each other kind and `kills` process kills, in a seeded order, on seeded targets."""
    rng = random.Random(seed)
    processes = system.replicas.processes
    workers = [p.name for p in processes if p.role == "worker"]
    faults = [Fault("kill", rng.choice(processes).name) for _ in range(kills)]
    faults += [
        Fault("pause", rng.choice(workers)),
        Fault("broker_restart", "kafka"),
        Fault("database_restart", "postgresql"),
        Fault("cut_kafka", PROXIED),
        Fault("cut_database", PROXIED),
    ]
    rng.shuffle(faults)
    return faults


async def inject(system: System, fault: Fault) -> float:
    """Break one thing and bring it back; seconds from the break until it answered again."""
    process = next((p for p in system.replicas.processes if p.name == fault.target), None)
    started = time.monotonic()
    if fault.kind == "kill":
        assert process is not None
        process.signal(signal.SIGKILL)
        await asyncio.sleep(1)
        await process.start()
    elif fault.kind == "pause":
        assert process is not None
        process.signal(signal.SIGSTOP)
        await asyncio.sleep(SESSION_TIMEOUT_SECONDS + 5)
        process.signal(signal.SIGCONT)
    elif fault.kind == "broker_restart":
        await system.broker.crash_and_restart()
    elif fault.kind == "database_restart":
        await system.server.crash_and_restart()
    else:
        proxy = (system.broker if fault.kind == "cut_kafka" else system.server).proxies[fault.target]
        proxy.cut()
        await asyncio.sleep(5)
        proxy.restore()
    return time.monotonic() - started


async def _fetch(url: str, query: str) -> list[asyncpg.Record]:
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        return await connection.fetch(query)
    finally:
        await connection.close()


# What each termination must have caused exactly once: (service, rows, distinct people), from SQL.
EFFECTS = {
    "termination": ("labour", "SELECT count(*), count(DISTINCT national_id) FROM terminations"),
    "continuation_notice": (
        "social_insurance",
        "SELECT count(*), count(DISTINCT national_id) FROM continuation_notices",
    ),
    "claim_decision": ("social_insurance", "SELECT count(*), count(DISTINCT termination_id) FROM claims"),
    "gateway_linkage": ("gateway", "SELECT count(*), count(DISTINCT national_id) FROM linked_terminations"),
    "seeker_with_offers": (
        "job_matching",
        "SELECT count(*) - count(DISTINCT (seeker_id, vacancy_id)), count(DISTINCT seeker_id) FROM offers",
    ),
}


async def counted(system: System, terminations: int) -> dict[str, Any]:
    """Lost and doubled effects, events not consumed once by every group, dead letters, the audit chain."""
    lost, doubled = Counter[str](), Counter[str]()
    for effect, (service, query) in EFFECTS.items():
        rows, people = (await _fetch(system.database_url(service), query))[0]
        lost[effect] = terminations - people
        # offers: `rows` already counts the repeated (seeker, vacancy) pairs
        doubled[effect] = rows if effect == "seeker_with_offers" else rows - people
    not_once, dead = await events_consumed_once({name: system.database_url(name) for name in SERVICE_NAMES})
    return {
        "lost": sum(lost.values()),
        "doubled": sum(doubled.values()),
        "lost_by_effect": {k: v for k, v in lost.items() if v},
        "doubled_by_effect": {k: v for k, v in doubled.items() if v},
        "events_not_consumed_once": not_once,
        "dead_letters": dead,
        "audit": await audit_chain(system.database_url("gateway")),
    }


async def events_consumed_once(database_urls: Mapping[str, str]) -> tuple[dict[str, dict[str, int]], int]:
    """The event types some consumer group did not apply exactly as often as they were published
    (with both counts), and the dead letters of every group."""
    published: Counter[tuple[str, str]] = Counter()
    for service in SERVICE_NAMES:
        for row in await _fetch(database_urls[service], "SELECT topic, event_type, count(*) FROM outbox GROUP BY 1, 2"):
            published[(row[0], row[1])] += row[2]
    not_once, dead = {}, 0
    for definition in map(load_service, SERVICE_NAMES):
        url = database_urls[definition.name]
        applied = "SELECT topic, event_type, count(*) FROM inbox WHERE outcome = 'processed' GROUP BY 1, 2"
        consumed = {(r[0], r[1]): r[2] for r in await _fetch(url, applied)}
        dead += (await _fetch(url, "SELECT count(*) FROM inbox WHERE outcome <> 'processed'"))[0][0]
        for (topic, event_type), sent in published.items():
            handled = topic in definition.consumed_topics and event_type in definition.handlers
            if handled and consumed.get((topic, event_type), 0) != sent:
                not_once[f"{definition.name}:{event_type}"] = {
                    "published": sent,
                    "consumed": consumed.get((topic, event_type), 0),
                }
    return not_once, dead


async def audit_chain(database_url: str) -> dict[str, object]:
    """The gateway's verification of its audit log's hash chain."""
    from services.gateway.audit.service import verify_chain

    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            return await verify_chain(session=session)
    finally:
        await engine.dispose()


async def _until_all_effects(system: System, terminations: int, timeout_seconds: float) -> None:
    """Wait until the effects counted above have all appeared (or the time is up: they are then lost)."""
    deadline = time.monotonic() + timeout_seconds
    while time.monotonic() < deadline:
        databases = {name: system.database_url(name) for name in SERVICE_NAMES}
        await until_quiet(databases, system.broker.bootstrap_servers)
        people = [(await _fetch(system.database_url(s), q))[0][1] for s, q in EFFECTS.values()]
        if min(people) >= terminations:
            return
        await asyncio.sleep(1)


async def run(*, terminations: int, seed_value: int, kills: int, workers_per_service: int) -> dict[str, Any]:
    """Start a system of its own, load it while the faults happen, wait for quiet and count."""
    async with AsyncExitStack() as stack:
        home = scratch_home()
        stack.callback(shutil.rmtree, home, ignore_errors=True)
        broker = Broker(home / "kafka", proxied=[PROXIED])
        server = DatabaseServer(home / "postgres", proxied=[PROXIED])
        stack.push_async_callback(broker.stop)
        stack.push_async_callback(server.stop)
        await asyncio.gather(broker.start(), server.start(SERVICE_NAMES))
        replicas = Replicas(
            database_urls={s: server.url(s, via=s if s == PROXIED else None) for s in SERVICE_NAMES},
            kafka_bootstrap_servers={
                s: broker.bootstrap_servers_for(s) if s == PROXIED else broker.bootstrap_servers for s in SERVICE_NAMES
            },
            logs=home,
            internal_token_keys=new_keys(),
            token_signing_key=TOKEN_SIGNING_KEY,
            workers_per_service=workers_per_service,
        )
        stack.push_async_callback(replicas.stop)
        await replicas.start()
        system = System(broker, server, replicas)
        databases = {name: system.database_url(name) for name in SERVICE_NAMES}
        async with replicas.client(timeout=60) as http:
            await seed(http, system.urls, databases, terminations)
        key = await enrol_partner(system.database_url("gateway"))
        faults = schedule(system, seed_value, kills)
        stop_reading = asyncio.Event()
        reading = asyncio.create_task(read_as_partner(system, key, terminations, stop_reading))
        loading = asyncio.create_task(load(system, terminations, spread_seconds=len(faults) * 4))
        recovered: dict[str, list[float]] = {kind: [] for kind in KINDS}
        started = time.monotonic()
        for fault in faults:
            await asyncio.sleep(2)  # work flows between faults
            recovered[fault.kind].append(round(await inject(system, fault), 1))
        last_fault_ended = time.monotonic()
        await loading
        stop_reading.set()
        reads = await reading
        await _until_all_effects(system, terminations, timeout_seconds=600)
        quiet = time.monotonic()
        figures = await counted(system, terminations)
    return {
        "terminations": terminations,
        "seed": seed_value,
        "workers_per_service": workers_per_service,
        "faults": {kind: len(times) for kind, times in recovered.items()},
        "seconds_until_back": recovered,
        "seconds_to_quiet_after_last_fault": round(quiet - last_fault_ended, 1),
        "seconds_in_all": round(quiet - started, 1),
        "partner_reads": reads,
        **figures,
        "cores": os.cpu_count(),
    }


async def main() -> None:
    report(
        benchmark="faults",
        **await run(terminations=TERMINATIONS, seed_value=SEED, kills=12, workers_per_service=2),
    )
