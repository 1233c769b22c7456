"""Replicas are correct, not only declared (the Helm chart runs every service as several): two
gateway processes and two API processes of each service, each service behind one address that
spreads connections over its replicas, and three workers in every consumer group, on Kafka and
PostgreSQL. A factory closure replayed through them has every effect once; an idempotency key and a
partner's rate limit hold whichever gateway replica a request reaches; the audit chain is intact."""

import asyncio
import os
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import asyncpg
import httpx
import pytest

from bench.faults import audit_chain, enrol_partner, events_consumed_once
from bench.processes import Replicas
from labourlink.local_system import skip_earlier_events
from services.registry import SERVICE_NAMES
from shared.bus.kafka import KafkaBus
from shared.scenarios import SCENARIOS, Scenario, ScenarioRunner
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, database_url_for, fresh_postgres_database, require_kafka
from tests.services.labour.builders import employer_body

pytestmark = [pytest.mark.kafka, pytest.mark.postgres]

RATE_LIMIT = 12  # a minute, for the partner whose limit the two gateways share


@asynccontextmanager
async def replicated_system(logs: Path) -> AsyncIterator[Replicas]:
    async with AsyncExitStack() as stack:
        databases = {
            name: database_url_for(await stack.enter_async_context(fresh_postgres_database())) for name in SERVICE_NAMES
        }
        await skip_earlier_events(KAFKA_BOOTSTRAP_SERVERS)
        replicas = Replicas(
            database_urls=databases,
            kafka_bootstrap_servers=dict.fromkeys(SERVICE_NAMES, KAFKA_BOOTSTRAP_SERVERS),
            logs=logs,
            internal_token_keys=os.environ["INTERNAL_TOKEN_KEYS"],  # tests/conftest.py's
            token_signing_key="replicas-signing-key-0123456789abcdefghijklmnopqrstuvwxyz",
            apis_per_service=2,
            workers_per_service=3,
        )
        stack.push_async_callback(replicas.stop)
        await replicas.start()
        yield replicas


def one_connection_a_request() -> httpx.AsyncClient:
    """A partner's client that opens a new connection for every request, so the front door's round
    robin sends consecutive requests to different gateway replicas."""
    return httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_keepalive_connections=0))


async def test_replicas_of_every_process_keep_every_promise(tmp_path: Path) -> None:
    await require_kafka()
    bus = KafkaBus(KAFKA_BOOTSTRAP_SERVERS)
    await bus.start()
    try:
        async with replicated_system(tmp_path) as system:
            scenario = Scenario.load(SCENARIOS / "vn-factory-closure")
            observed = await ScenarioRunner(urls=system.urls, bus=bus, timeout_seconds=180).run(scenario)
            assert [o for o in observed if not o.held] == [], "\n".join(map(str, observed))
            databases = system.database_urls
            assert await events_consumed_once(databases) == ({}, 0)

            gateway, gateways = system.urls["gateway"], system.front_doors["gateway"]
            key = await enrol_partner(databases["gateway"], ["employers:write", "employers:read"], "replica-writer")
            reader = await enrol_partner(databases["gateway"], client_id="replica-reader")
            async with one_connection_a_request() as partner:
                # The same write sent four times, alternately to each gateway: one employer, one answer.
                body = employer_body(tax_code="0301234562")
                headers = {"X-API-Key": key, "X-Purpose": "replica test", "Idempotency-Key": "replicas-emp-1"}
                answers = [await partner.post(f"{gateway}/v1/employers", json=body, headers=headers) for _ in range(4)]
                assert {a.status_code for a in answers} == {201}
                assert {a.json()["id"] for a in answers} == {answers[0].json()["id"]}
                assert [a.headers.get("idempotent-replayed") for a in answers] == [None, "true", "true", "true"]
                assert (
                    await count(databases["labour"], "SELECT count(*) FROM employers WHERE tax_code = '0301234562'")
                    == 1
                )

                # People's records read through both replicas: each read an entry of the one audit chain.
                person = {"X-API-Key": reader, "X-Purpose": "replica test"}
                people = sorted(scenario.people)[:4]
                reads = [(await partner.get(f"{gateway}/v1/persons/{p}", headers=person)).status_code for p in people]
                assert reads == [200] * len(people)

                # One partner's allowance for the minute, whichever gateway counts it: twice the
                # allowance sent in a fresh minute, alternately to each replica. Replicas counting
                # on their own would let through nearly all of them.
                await set_rate_limit(databases["gateway"], RATE_LIMIT)
                await asyncio.sleep(61 - time.time() % 60)
                started = time.time()
                statuses = [
                    (await partner.get(f"{gateway}/v1/employers", headers={"X-API-Key": key})).status_code
                    for _ in range(RATE_LIMIT * 2)
                ]
                assert int(started // 60) == int(time.time() // 60), "the burst took the whole minute"
            assert statuses.count(200) == RATE_LIMIT and statuses.count(429) == RATE_LIMIT
            assert len(gateways.served) == 2 and min(gateways.served.values()) >= RATE_LIMIT

            audit = await audit_chain(databases["gateway"])
            assert audit["intact"] is True and audit["entries_checked"] >= len(people)
    finally:
        await bus.stop()


async def count(database_url: str, query: str) -> int:
    connection = await asyncpg.connect(database_url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        return int(await connection.fetchval(query))
    finally:
        await connection.close()


async def set_rate_limit(database_url: str, per_minute: int) -> None:
    """The operator lowers the partner's allowance (the clients' table the gateway replicas share)."""
    connection = await asyncpg.connect(database_url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        await connection.execute("UPDATE clients SET rate_limit_per_minute = $1", per_minute)
    finally:
        await connection.close()
