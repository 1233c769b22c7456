"""The whole pipeline on real Kafka and PostgreSQL, the four services running as separate processes
(each with its outbox relay and consumer), as `make bench` measures it:

1. Throughput. Employers' terminations arrive as bulk files (10,000 lines each) at labour's
   `/sync/terminations`, and the centre's registrations of the same people at `/sync/registrations`.
   A centre's clerk files the claims of the people whose continuation notices social insurance
   lists, a page of 500 notices a file (`/claims/import`). The clock stops when every termination has its notice,
   its claim
   decision and a seeker profile with offers. Baseline in the same run: the upload alone (the rate
   at which labour accepted the files), so ratio = whole pipeline / front door.
2. Propagation delay. One termination a time at a steady 50/s (`POST /terminations`) on a quiet
   system, the delay from sending it to the moment social insurance wrote its notice, counted
   after 5 s of warm-up at the same rate. Baseline in the same run: raw
   aiokafka at the same rate (idempotent producer, acks=all → consumer group), so ratio = p99 / p99.
"""

import asyncio
import os
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AsyncExitStack
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from bench.common import (
    CONTRIBUTION_COLUMNS,
    DISTRICT,
    KAFKA_BOOTSTRAP_SERVERS,
    PROVINCE,
    employer_tax_code,
    national_id,
    report,
    scratch_database,
    seed_workers_with_contracts,
)
from bench.processes import Replicas
from labourlink.local_system import skip_earlier_events
from services.registry import SERVICE_NAMES, load_service
from shared.bus.kafka import KafkaBus
from shared.internal_credentials import new_keys
from shared.percentiles import percentile
from tests.services.labour.builders import vn_tax_code

TERMINATIONS = int(os.environ.get("BENCH_PIPELINE_TERMINATIONS", "100000"))
FILE_LINES = 10_000
WORKERS = int(os.environ.get("BENCH_WORKERS", "1"))  # worker processes per service (consumer group)
STEADY_RATE = 50  # terminations a second
STEADY_SECONDS = int(os.environ.get("BENCH_STEADY_SECONDS", "60"))
WARM_UP_SECONDS = 5  # at the steady rate, before the delays are counted
CLAIMS_PER_FILE = 500  # a page of notices
CENTRE = "HCM-TP"
LAST_WORKING_DAY, REPORTED_ON, REGISTERED_ON, FILED_ON = "2026-02-27", "2026-03-02", "2026-03-04", "2026-03-05"
CONTRIBUTION_MONTHS = [f"{year}-{month:02d}" for year in (2025, 2026) for month in range(1, 13)][
    :14
]  # 2025-01 … 2026-02
TOKEN_SIGNING_KEY = "bench-signing-key-0123456789abcdefghijklmnopqrstuvwxyz"


def _dsn(database_url: str) -> str:
    return database_url.replace("postgresql+asyncpg://", "postgresql://", 1)


def termination(n: int) -> dict[str, str]:
    return {
        "national_id": national_id(n),
        "employer_tax_code": employer_tax_code(n),
        "last_working_day": LAST_WORKING_DAY,
        "reported_on": REPORTED_ON,
        "reason": "enterprise_closure",
    }


def ndjson_file(kind: str, people: range, record: Callable[[int], Mapping[str, object]]) -> bytes:
    return b"".join(orjson.dumps({"idempotency_key": f"{kind}/{n}", "record": record(n)}) + b"\n" for n in people)


def registration(n: int) -> dict[str, object]:
    return {
        "national_id": national_id(n),
        "centre_code": CENTRE,
        "registered_on": REGISTERED_ON,
        "wishes": {"occupations": ["8153"], "provinces": [PROVINCE]},
    }


async def seed(http: httpx.AsyncClient, urls: dict[str, str], databases: dict[str, str], people: int) -> None:
    """Workers, contracts and contribution histories (every tenth person too short to qualify), a
    centre with caseworkers, and open vacancies."""
    await seed_workers_with_contracts(databases["labour"], people)
    now = datetime.now(UTC)
    connection = await asyncpg.connect(_dsn(databases["social_insurance"]))
    try:
        for first in range(0, people, 10_000):
            await connection.copy_records_to_table(
                "contributions",
                columns=CONTRIBUTION_COLUMNS,
                records=[
                    (
                        national_id(n),
                        employer_tax_code(n),
                        month,
                        Decimal(8_000_000),
                        Decimal(640_000),
                        Decimal(1_120_000),
                        Decimal(160_000),
                        Decimal(360_000),
                        date.fromisoformat(f"{month}-28"),
                        date.fromisoformat(f"{month}-20"),
                        "seed",
                        now,
                    )
                    for n in range(first, min(first + 10_000, people))
                    for month in (CONTRIBUTION_MONTHS[-6:] if n % 10 == 9 else CONTRIBUTION_MONTHS)
                ],
            )
    finally:
        await connection.close()
    centre = (
        (
            await http.post(
                f"{urls['labour']}/centres",
                json={
                    "code": CENTRE,
                    "name": "Trung tâm DVVL Tân Phú",
                    "jurisdiction": "VN",
                    "province": PROVINCE,
                    "district": DISTRICT,
                },
            )
        )
        .raise_for_status()
        .json()
    )
    for number in range(1, 6):
        (
            await http.post(
                f"{urls['labour']}/centres/{centre['id']}/caseworkers",
                json={"full_name": f"Cán bộ {number}", "phone": "0283000000"},
            )
        ).raise_for_status()
    for number in range(1, 21):
        (
            await http.post(
                f"{urls['job_matching']}/vacancies",
                json={
                    "jurisdiction": "VN",
                    "employer_tax_code": vn_tax_code(number, province="04"),
                    "employer_name": f"Công ty May {number}",
                    "title": "Sewing machine operator",
                    "isco_code": "8153",
                    "skills": ["sewing"],
                    "province": PROVINCE,
                    "district": DISTRICT,
                    "wage_min": "7000000",
                    "wage_max": "9000000",
                    "contract_type": "indefinite",
                    "openings": 500,
                    "closing_date": "2027-12-31",
                    "public_welfare": False,
                },
            )
        ).raise_for_status()


async def until_quiet(databases: dict[str, str], kafka_bootstrap_servers: str = KAFKA_BOOTSTRAP_SERVERS) -> None:
    """Wait until every outbox is relayed and every consumer group has committed up to the end of its topics."""
    bus = KafkaBus(kafka_bootstrap_servers)
    connections = [await asyncpg.connect(_dsn(databases[name])) for name in SERVICE_NAMES]
    await bus.start()
    try:
        while True:
            unrelayed = sum(
                [await c.fetchval("SELECT count(*) FROM outbox WHERE published_at IS NULL") for c in connections]
            )
            behind = 0
            for definition in map(load_service, SERVICE_NAMES):
                behind += await bus.lag(group_id=definition.consumer_group, topics=definition.consumed_topics)
            if unrelayed == behind == 0:
                return
            await asyncio.sleep(0.5)
    finally:
        for connection in connections:
            await connection.close()
        await bus.stop()


async def _upload(http: httpx.AsyncClient, url: str, body: bytes, lines: int) -> None:
    response = (
        (await http.post(url, content=body, headers={"content-type": "application/x-ndjson"})).raise_for_status().json()
    )
    if response["created"] != lines:
        raise RuntimeError(
            f"{url}: {lines} lines sent, {response['created']} created, first problems: "
            f"{[r['problem'] for r in response['results'] if r['problem']][:3]}"
        )


async def _file_claims(http: httpx.AsyncClient, social_insurance: str, people: int) -> None:
    """The centre's clerk: page through the notices as they appear and file those people's claims, a page a file."""
    after, filed = None, 0
    while filed < people:
        page = (
            (
                await http.get(
                    f"{social_insurance}/continuation-notices",
                    params={"limit": CLAIMS_PER_FILE, **({"after": after} if after else {})},
                )
            )
            .raise_for_status()
            .json()
        )
        if not page["items"]:
            await asyncio.sleep(0.2)
            continue
        claims = b"".join(
            orjson.dumps({"national_id": n["national_id"], "filed_on": FILED_ON}) + b"\n" for n in page["items"]
        )
        await _upload(http, f"{social_insurance}/claims/import", claims, len(page["items"]))
        filed += len(page["items"])
        after = page["items"][-1]["id"]


async def _when_all_done(databases: dict[str, str], people: int, started: float) -> dict[str, float]:
    """Seconds from `started` until there are `people` notices, decided claims and seekers with offers."""
    counts = {
        "notices": ("social_insurance", "SELECT count(*) FROM continuation_notices"),
        "claim_decisions": ("social_insurance", "SELECT count(*) FROM claims"),
        "seekers_with_offers": ("job_matching", "SELECT count(DISTINCT seeker_id) FROM offers"),
    }
    connections = {name: await asyncpg.connect(_dsn(databases[name])) for name in ("social_insurance", "job_matching")}
    finished: dict[str, float] = {}
    try:
        while len(finished) < len(counts):
            for what, (service, query) in counts.items():
                if what not in finished and await connections[service].fetchval(query) >= people:
                    finished[what] = time.perf_counter() - started
            await asyncio.sleep(1.0)  # counting is itself work for the databases; a second is resolution enough
    finally:
        for connection in connections.values():
            await connection.close()
    return finished


async def throughput(http: httpx.AsyncClient, urls: dict[str, str], databases: dict[str, str]) -> dict[str, float]:
    """Terminations a second through the whole pipeline, and through the front door alone."""
    started = time.perf_counter()
    clerk = asyncio.create_task(_file_claims(http, urls["social_insurance"], TERMINATIONS))
    watcher = asyncio.create_task(_when_all_done(databases, TERMINATIONS, started))
    for first in range(0, TERMINATIONS, FILE_LINES):
        people = range(first, min(first + FILE_LINES, TERMINATIONS))
        await _upload(
            http,
            f"{urls['labour']}/sync/terminations",
            ndjson_file("termination", people, termination),
            len(people),
        )
        await _upload(
            http,
            f"{urls['labour']}/sync/registrations",
            ndjson_file("registration", people, registration),
            len(people),
        )
    uploaded = time.perf_counter() - started
    finished = await _until_first_fails(watcher, clerk)
    whole = max(finished.values())
    return {
        "upload_seconds": uploaded,
        "whole_seconds": whole,
        **{f"{what}_seconds": s for what, s in finished.items()},
    }


async def _until_first_fails(
    result: "asyncio.Task[dict[str, float]]", *helpers: "asyncio.Task[None]"
) -> dict[str, float]:
    """The result task's value; a helper that fails first (a refused claim file) ends the benchmark with its error."""
    pending: set[asyncio.Task[Any]] = {result, *helpers}
    while not result.done():
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            task.result()
    return result.result()


async def _at_steady_rate(count: int, send: Callable[[int], Awaitable[None]]) -> None:
    """Call send(0..count-1) at STEADY_RATE a second on a fixed schedule, whatever each call takes."""
    started = time.perf_counter()
    sending = []
    for k in range(count):
        await asyncio.sleep(max(0.0, started + k / STEADY_RATE - time.perf_counter()))
        sending.append(asyncio.create_task(send(k)))
    await asyncio.gather(*sending)


async def propagation_delays(
    http: httpx.AsyncClient, urls: dict[str, str], databases: dict[str, str], first_person: int
) -> tuple[list[float], list[float]]:
    """Seconds from sending each termination until its continuation notice was written, and until
    labour answered that it was recorded."""
    count, warm_up = STEADY_RATE * STEADY_SECONDS, STEADY_RATE * WARM_UP_SECONDS
    sent_at: dict[str, float] = {}
    answered: list[float] = []

    async def send(k: int) -> None:
        record, sent = termination(first_person + k), time.time()
        (await http.post(f"{urls['labour']}/terminations", json=record)).raise_for_status()
        if k >= warm_up:
            sent_at[record["national_id"]] = sent
            answered.append(time.time() - sent)

    await _at_steady_rate(warm_up + count, send)
    connection = await asyncpg.connect(_dsn(databases["social_insurance"]))
    try:
        while (
            len(
                written := await connection.fetch(
                    "SELECT national_id, created_at FROM continuation_notices WHERE national_id = ANY($1::text[])",
                    list(sent_at),
                )
            )
            < count
        ):
            await asyncio.sleep(0.25)
    finally:
        await connection.close()
    return [row["created_at"].timestamp() - sent_at[row["national_id"]] for row in written], answered


async def raw_kafka_delays(topic: str) -> list[float]:
    """Seconds from send to receipt for aiokafka alone at the same steady rate."""
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA_BOOTSTRAP_SERVERS, acks="all", enable_idempotence=True)
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=KAFKA_BOOTSTRAP_SERVERS, group_id=f"{topic}-raw", auto_offset_reset="earliest"
    )
    await producer.start()
    await consumer.start()
    count = STEADY_RATE * min(STEADY_SECONDS, 20)
    delays: list[float] = []

    async def receive() -> None:
        while len(delays) < count:
            for records in (await consumer.getmany(timeout_ms=1000)).values():
                delays.extend(time.time() - orjson.loads(r.value)["sent_at"] for r in records)

    receiving = asyncio.create_task(receive())
    try:
        await _at_steady_rate(count, lambda k: _send(producer, topic, k))
        await asyncio.wait_for(receiving, timeout=60)
    finally:
        await consumer.stop()
        await producer.stop()
    return delays


async def _send(producer: AIOKafkaProducer, topic: str, k: int) -> None:
    await producer.send_and_wait(topic, orjson.dumps({"sent_at": time.time(), "n": k}), key=str(k).encode())


async def main() -> None:
    """Start a fresh system, measure throughput then propagation delay, and print one JSON line."""
    raw = await raw_kafka_delays(f"bench.raw-delay.{uuid.uuid4().hex[:8]}")
    async with AsyncExitStack() as stack:
        databases = {name: await stack.enter_async_context(scratch_database()) for name in SERVICE_NAMES}
        logs = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="labourlink-bench-")))
        await skip_earlier_events(KAFKA_BOOTSTRAP_SERVERS)
        replicas = Replicas(
            database_urls=databases,
            kafka_bootstrap_servers=dict.fromkeys(SERVICE_NAMES, KAFKA_BOOTSTRAP_SERVERS),
            logs=logs,
            internal_token_keys=new_keys(),
            token_signing_key=TOKEN_SIGNING_KEY,
            workers_per_service=WORKERS,
        )
        stack.push_async_callback(replicas.stop)
        await replicas.start()
        urls = replicas.urls
        http = await stack.enter_async_context(replicas.client(timeout=60))
        await seed(http, urls, databases, TERMINATIONS + STEADY_RATE * (WARM_UP_SECONDS + STEADY_SECONDS))
        await until_quiet(databases)
        figures = await throughput(http, urls, databases)
        await until_quiet(databases)  # the steady rate meets a quiet system
        delays, answered = await propagation_delays(http, urls, databases, first_person=TERMINATIONS)
    report(
        benchmark="whole_pipeline_terminations",
        terminations=TERMINATIONS,
        backends="kafka+postgresql",
        workers_per_service=WORKERS,
        cores=os.cpu_count(),
        terminations_per_s=round(TERMINATIONS / figures["whole_seconds"]),
        upload_terminations_per_s=round(TERMINATIONS / figures["upload_seconds"]),
        ratio_to_upload=round(figures["upload_seconds"] / figures["whole_seconds"], 3),
        **{k: round(v, 1) for k, v in figures.items()},
        target_terminations_per_s=1000,
    )
    report(
        benchmark="termination_to_notice_delay",
        rate_per_s=STEADY_RATE,
        terminations=len(delays),
        warm_up_seconds=WARM_UP_SECONDS,
        p50_ms=round(percentile(delays, 0.5) * 1000),
        p99_ms=round(percentile(delays, 0.99) * 1000),
        labour_answered_p50_ms=round(percentile(answered, 0.5) * 1000),
        labour_answered_p99_ms=round(percentile(answered, 0.99) * 1000),
        raw_kafka_p50_ms=round(percentile(raw, 0.5) * 1000, 1),
        raw_kafka_p99_ms=round(percentile(raw, 0.99) * 1000, 1),
        ratio_p99_to_raw_kafka=round(percentile(delays, 0.99) / percentile(raw, 0.99), 1),
        target_p99_ms=1000,
    )
