"""A lost database, recovered: on Kafka and PostgreSQL, labour, social insurance and job matching
run with their workers; social insurance's database is dumped, more happens, the database is lost
and restored from the dump, and its consumer group is caught up from its inbox. Social insurance
converges to the rows it had before the loss, and what it records again on the way (notices, an
ended benefit) reaches labour and job matching once: the same events, with the same ids."""

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from labourlink.backup import RecoveryRefused, backup, catch_up, restore
from labourlink.local_system import skip_earlier_events
from services.job_matching.service import definition as job_matching
from services.labour.service import definition as labour
from services.social_insurance.service import definition as social_insurance
from shared.app import create_service_app
from shared.bus.kafka import KafkaBus
from shared.db import UTCDateTime
from shared.events.catalogue import SOCIAL_INSURANCE
from shared.service import ServiceDefinition
from shared.settings import ServiceSettings
from tests.databases import MigratedTemplates, service_database
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, require_kafka
from tests.services import support
from tests.services.client import service_client
from tests.services.labour import builders as labour_builders
from tests.services.social_insurance import builders as si_builders

pytestmark = [pytest.mark.kafka, pytest.mark.postgres]

KAFKA = {
    "bus_backend": "kafka",
    "kafka_bootstrap_servers": KAFKA_BOOTSTRAP_SERVERS,
    "run_workers": True,
    "consumer_backoff_seconds": 0.05,
}
LAST_DAY, JOB_START = "2025-06-30", "2025-09-01"
SI_TOPIC = SOCIAL_INSURANCE.topic


@asynccontextmanager
async def _running(definition: ServiceDefinition, settings: ServiceSettings) -> AsyncIterator[httpx.AsyncClient]:
    async with service_client(create_service_app(definition, settings)) as client:
        yield client


async def _eventually(check: Callable[[], Awaitable[Any]], what: str, timeout_seconds: float = 30) -> Any:
    deadline = time.monotonic() + timeout_seconds
    while not (found := await check()):
        assert time.monotonic() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.2)
    return found


async def _quiet(bus: KafkaBus, sessionmakers: dict[str, async_sessionmaker[AsyncSession]]) -> None:
    """Wait until every outbox is published and every consumer group has committed to the end, twice
    in a row (a consumer's events may still be on their way to another's topic)."""
    definitions = {d.name: d for d in (labour, social_insurance, job_matching)}

    async def settled() -> bool:
        for name, sessionmaker in sessionmakers.items():
            outbox = definitions[name].messaging.outbox
            async with sessionmaker() as session:
                if await session.scalar(select(func.count()).where(outbox.c.published_at.is_(None))):
                    return False
            definition = definitions[name]
            if await bus.lag(group_id=definition.consumer_group, topics=definition.consumed_topics):
                return False
        return True

    async def settled_twice() -> bool:
        if not await settled():
            return False
        await asyncio.sleep(1)
        return await settled()

    await _eventually(settled_twice, "a quiet system", timeout_seconds=40)


async def _business_rows(sessionmaker: async_sessionmaker[AsyncSession]) -> dict[str, list[str]]:
    """Social insurance's own records, each row on its business columns: not its serial id, nor the
    moments it was written (a row written again has others)."""
    platform = {t.name for t in vars(social_insurance.messaging).values()}
    rows = {}
    async with sessionmaker() as session:
        for table in social_insurance.metadata.sorted_tables:
            if table.name in platform:
                continue
            columns = [c for c in table.columns if c.name != "id" and not isinstance(c.type, UTCDateTime)]
            found = (await session.execute(select(*columns))).all()
            rows[table.name] = sorted(
                orjson.dumps(_without_moments(dict(r._mapping)), default=str).decode() for r in found
            )
    return rows


def _without_moments(value: Any) -> Any:
    """A document without its `*_at` moments (a notice's issued_at), at any depth; `*_on` dates stay."""
    if isinstance(value, dict):
        return {k: _without_moments(v) for k, v in value.items() if not k.endswith("_at")}
    if isinstance(value, list):
        return [_without_moments(v) for v in value]
    return value


async def _outbox_ids(sessionmaker: async_sessionmaker[AsyncSession]) -> set[str]:
    async with sessionmaker() as session:
        return set(await session.scalars(select(social_insurance.messaging.outbox.c.event_id)))


async def _consumed_from_social_insurance(
    definition: ServiceDefinition, sessionmaker: async_sessionmaker[AsyncSession]
) -> Counter[str]:
    inbox = definition.messaging.inbox
    async with sessionmaker() as session:
        rows = await session.execute(
            select(inbox.c.event_type, func.count())
            .where(inbox.c.topic == SI_TOPIC, inbox.c.outcome == "processed")
            .group_by(inbox.c.event_type)
        )
        return Counter(dict(rows.all()))


async def _published_by_social_insurance(
    sessionmaker: async_sessionmaker[AsyncSession], consumer: ServiceDefinition
) -> Counter[str]:
    outbox = social_insurance.messaging.outbox
    async with sessionmaker() as session:
        rows = await session.execute(select(outbox.c.event_type, func.count()).group_by(outbox.c.event_type))
        return Counter({event_type: n for event_type, n in rows.all() if event_type in consumer.handlers})


async def _laid_off(
    labour_api: httpx.AsyncClient, centre_code: str, *, contributions_at: httpx.AsyncClient | None
) -> str:
    """A worker whose employer closed on LAST_DAY, registered at the centre (with 48 months of
    contributions at social insurance when it is given)."""
    case = await labour_builders.employment(labour_api, start="2021-01-01")
    person = case["worker"]["national_id"]
    if contributions_at is not None:
        await si_builders.import_contributions(
            contributions_at,
            si_builders.contribution_lines(
                person,
                last_day=datetime.fromisoformat(LAST_DAY).date(),
                months=48,
                employer=case["employer"]["tax_code"],
            ),
        )
    await labour_builders.registration(
        labour_api, national_id=person, centre_code=centre_code, registered_on="2025-07-03"
    )
    ended = await labour_api.post(
        "/terminations",
        json={
            "contract_id": case["contract"]["id"],
            "last_working_day": LAST_DAY,
            "reported_on": "2025-07-01",
            "reason": "enterprise_closure",
        },
    )
    assert ended.status_code == 201, ended.text
    return person


async def _notices(si_api: httpx.AsyncClient, people: list[str]) -> bool:
    for person in people:
        if not (await si_api.get("/continuation-notices", params={"national_id": person})).json()["items"]:
            return False
    return True


async def test_a_restored_database_converges_and_what_it_records_again_is_consumed_once(
    migrated_templates: MigratedTemplates, tmp_path: Path
) -> None:
    await require_kafka()
    await skip_earlier_events(KAFKA_BOOTSTRAP_SERVERS)  # the topics keep earlier runs' events
    began = datetime.now(UTC)
    bus = KafkaBus(KAFKA_BOOTSTRAP_SERVERS)
    await bus.start()
    async with AsyncExitStack() as stack:
        stack.push_async_callback(bus.stop)
        si_url = await stack.enter_async_context(service_database(migrated_templates, social_insurance, "postgres"))
        si_settings = social_insurance.settings_class(database_url=si_url, **KAFKA)
        labour_api, jm_api = [
            await stack.enter_async_context(support.app_client(d, migrated_templates, "postgres", tmp_path, **KAFKA))
            for d in (labour, job_matching)
        ]
        sessionmakers = {"labour": support.sessionmaker_of(labour_api), "job_matching": support.sessionmaker_of(jm_api)}
        centre = (await labour_builders.centre(labour_api, caseworkers=1))["code"]

        # Before the backup: three people laid off, each with a notice, a claim and a paying benefit.
        async with _running(social_insurance, si_settings) as si_api:
            sessionmakers["social_insurance"] = support.sessionmaker_of(si_api)
            before = [await _laid_off(labour_api, centre, contributions_at=si_api) for _ in range(3)]
            await _eventually(lambda: _notices(si_api, before), "the notices")
            for person in before:
                claim = await si_api.post("/claims", json={"national_id": person, "filed_on": "2025-07-07"})
                assert claim.json()["eligible"], claim.text
            await si_api.post("/benefit-payments/run", json={"through": "2025-10-31"})
            await _quiet(bus, sessionmakers)
            dump = tmp_path / "social_insurance.dump"
            backup(database_url=si_url, to=dump)
            backup(database_url=_database_url(labour_api), to=tmp_path / "labour.dump")

            # After it: two more people laid off, and one of the first starts a job (labour knows it
            # first; social insurance ends the benefit and tells labour and job matching).
            after = [await _laid_off(labour_api, centre, contributions_at=None) for _ in range(2)]
            await labour_builders.employer(labour_api, tax_code="0309999997", name="Công ty TNHH Dệt Sài Gòn")
            hired = await labour_api.post(
                "/contracts",
                json={
                    "national_id": before[0],
                    "employer_tax_code": "0309999997",
                    "contract_type": "indefinite",
                    "start_date": JOB_START,
                    "insured_monthly_salary": "9000000",
                },
            )
            assert hired.status_code == 201, hired.text
            await _eventually(lambda: _notices(si_api, after), "the later notices")
            await _quiet(bus, sessionmakers)
            rows_before_the_loss = await _business_rows(sessionmakers["social_insurance"])
            ids_before_the_loss = await _outbox_ids(sessionmakers["social_insurance"])
            consumed_before_the_loss = {
                d.name: await _consumed_from_social_insurance(d, sessionmakers[d.name]) for d in (labour, job_matching)
            }
        assert rows_before_the_loss["overpayments"] and len(rows_before_the_loss["continuation_notices"]) == 5
        on_the_bus = sum(end for _, end in (await bus.retained_offsets([SI_TOPIC])).values())

        # The database is lost; a restore refuses to overwrite one that is not empty unless told to.
        with pytest.raises(RecoveryRefused, match="not empty"):
            await restore(database_url=si_url, source=dump, replace=False)
        await restore(database_url=si_url, source=dump, replace=True)
        await catch_up(definition=social_insurance, settings=si_settings, consuming_since=began)

        async with _running(social_insurance, si_settings) as si_api:
            sessionmakers["social_insurance"] = support.sessionmaker_of(si_api)
            await _eventually(lambda: _notices(si_api, after), "the later notices, again")
            await _quiet(bus, sessionmakers)
            assert await _business_rows(sessionmakers["social_insurance"]) == rows_before_the_loss
            # The events recorded again went out again, with the ids they had the first time ...
            assert await _outbox_ids(sessionmakers["social_insurance"]) == ids_before_the_loss
            assert sum(end for _, end in (await bus.retained_offsets([SI_TOPIC])).values()) > on_the_bus
            # ... so labour and job matching applied each of social insurance's events once.
            for consumer in (labour, job_matching):
                consumed = await _consumed_from_social_insurance(consumer, sessionmakers[consumer.name])
                assert consumed == consumed_before_the_loss[consumer.name]
                assert consumed == await _published_by_social_insurance(sessionmakers["social_insurance"], consumer)


def _database_url(client: httpx.AsyncClient) -> str:
    """The database URL the app runs on."""
    return str(client._transport.app.state.settings.database_url)  # type: ignore[attr-defined]
