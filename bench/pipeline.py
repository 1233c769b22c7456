"""Raw aiokafka produce→consume against the full LabourLink path, on one broker in one run.

Full path: a business row and its outbox row committed in PostgreSQL → the outbox relay →
Kafka → a consumer with its inbox, writing one row per event. Both move the same number of
events of about 1 KB; the figure that matters is ratio = pipeline / raw.
"""

import asyncio
import os
import time
import uuid
from collections.abc import Sequence

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from sqlalchemy import Column, Integer, String, Table, Text, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bench.common import KAFKA_BOOTSTRAP_SERVERS, report, scratch_database
from shared.bus.kafka import KafkaBus
from shared.db import create_engine, create_sessionmaker, service_metadata
from shared.events.catalogue import EventStream
from shared.events.envelope import CloudEvent, EventPayload
from shared.messaging.inbox import InboxConsumer
from shared.messaging.outbox import Outbox, OutboxRelay
from shared.messaging.tables import messaging_tables

EVENTS = int(os.environ.get("BENCH_EVENTS", "200000"))
PEOPLE = 10_000
WRITE_BATCH = 500
NOTE = "x" * 900  # brings each event to about 1 KB on the wire

metadata = service_metadata()
tables = messaging_tables(metadata)
cases = Table(
    "cases", metadata, Column("id", Integer, primary_key=True), Column("person", String(20)), Column("note", Text)
)
effects = Table(
    "effects", metadata, Column("id", Integer, primary_key=True), Column("person", String(20)), Column("n", Integer)
)


class CaseRecorded(EventPayload):
    """A benchmark event of about 1 KB."""

    event_type = "bench.case.recorded.v1"
    person: str
    n: int
    note: str


async def raw_kafka(topic: str) -> float:
    """Events/s for aiokafka alone: idempotent producer (acks=all) → consumer group."""
    producer = AIOKafkaProducer(
        bootstrap_servers=KAFKA_BOOTSTRAP_SERVERS,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        max_batch_size=1024 * 1024,
    )
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=KAFKA_BOOTSTRAP_SERVERS,
        group_id=f"{topic}-raw",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await producer.start()
    await consumer.start()
    value = CloudEvent.of(CaseRecorded(person="p", n=0, note=NOTE), source="/bench", subject="p").to_json_line()

    async def produce() -> None:
        pending = [await producer.send(topic, value=value, key=f"p{n % PEOPLE}".encode()) for n in range(EVENTS)]
        await asyncio.gather(*pending)

    started = time.perf_counter()
    producing = asyncio.create_task(produce())
    received = 0
    while received < EVENTS:
        batches = await consumer.getmany(timeout_ms=1000, max_records=5000)
        received += sum(len(records) for records in batches.values())
        if batches:
            await consumer.commit()
    elapsed = time.perf_counter() - started
    await producing
    await consumer.stop()
    await producer.stop()
    return EVENTS / elapsed


async def full_pipeline(topic: str, database_url: str) -> dict[str, float]:
    """Events/s from business transaction to the consumer's committed row, all stages running at once."""
    engine = create_engine(database_url, pool_size=5)
    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    sessionmaker = create_sessionmaker(engine)
    bus = KafkaBus(KAFKA_BOOTSTRAP_SERVERS)
    await bus.start()
    stream = EventStream(service="bench", topic=topic, description="bench", events=(CaseRecorded,))
    await bus.ensure_topics([topic, stream.dead_letter_topic])
    outbox = Outbox(table=tables.outbox, stream=stream)

    async def apply(session: AsyncSession, events: Sequence[CloudEvent]) -> None:
        await session.execute(insert(effects), [{"person": e.data["person"], "n": e.data["n"]} for e in events])

    relay = OutboxRelay(service="bench", sessionmaker=sessionmaker, bus=bus, table=tables.outbox)
    consumer = InboxConsumer(
        service="bench",
        group_id=f"{topic}-pipeline",
        topics=[topic],
        bus=bus,
        sessionmaker=sessionmaker,
        inbox=tables.inbox,
        handlers={CaseRecorded.event_type: apply},
        batch_size=2000,
    )
    stop = asyncio.Event()
    workers = [asyncio.create_task(relay.run(stop)), asyncio.create_task(consumer.run(stop))]

    started = time.perf_counter()
    for first in range(0, EVENTS, WRITE_BATCH):
        numbers = range(first, min(first + WRITE_BATCH, EVENTS))
        async with sessionmaker() as session, session.begin():
            await session.execute(insert(cases), [{"person": f"p{n % PEOPLE}", "note": NOTE} for n in numbers])
            await outbox.record_many(
                session, [(CaseRecorded(person=f"p{n % PEOPLE}", n=n, note=NOTE), f"p{n % PEOPLE}") for n in numbers]
            )
    written = time.perf_counter() - started
    while True:
        async with sessionmaker() as session:
            done = await session.scalar(select(func.count()).select_from(effects))
        if done >= EVENTS:
            break
        await asyncio.sleep(0.05)
    elapsed = time.perf_counter() - started
    stop.set()
    await asyncio.gather(*workers)
    await bus.stop()
    await engine.dispose()
    return {"pipeline_events_per_s": EVENTS / elapsed, "write_events_per_s": EVENTS / written}


async def main() -> None:
    """Run both on the same broker and print one JSON line."""
    run = uuid.uuid4().hex[:8]
    raw = await raw_kafka(f"bench.raw.{run}")
    async with scratch_database() as database_url:
        pipeline = await full_pipeline(f"bench.pipeline.{run}", database_url)
    report(
        benchmark="outbox_relay_kafka_inbox_pipeline",
        events=EVENTS,
        event_bytes=1024,
        raw_events_per_s=round(raw),
        pipeline_events_per_s=round(pipeline["pipeline_events_per_s"]),
        pipeline_write_events_per_s=round(pipeline["write_events_per_s"]),
        ratio=round(pipeline["pipeline_events_per_s"] / raw, 3),
        target_pipeline_events_per_s=5000,
    )
