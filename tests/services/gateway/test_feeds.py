"""Feeds that skip nothing (on PostgreSQL, where two writers really run at once): a reader that pulls
while a row with a smaller seq is still uncommitted never moves its cursor past that row, and with
four writers and a reader pulling throughout, every record arrives exactly once — for labour's
change feed, job matching's vacancy feed and the gateway's event feed, directly and through the
gateway's /v1/sync/changes and /v1/events."""

import asyncio
import random
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.models import PartnerEvent
from services.job_matching.models import VacancyChange
from services.labour.models import Change
from tests.services import support
from tests.services.gateway.conftest import System
from tests.services.job_matching import builders as jm_builders

pytestmark = pytest.mark.postgres
PERSON = "079190001234"
WRITERS, PER_WRITER = 4, 10_000


@dataclass
class Feed:
    """Where rows are written (which service's database) and how a reader pulls them."""

    writer: Callable[[System], httpx.AsyncClient]
    write: Callable[[AsyncSession, list[int], dict[str, Any]], Awaitable[object]]
    pull: Callable[[System, dict[str, str], int], Awaitable[tuple[list[int], int]]]  # (record numbers, next cursor)


def _now() -> datetime:
    return datetime.now(UTC)


async def _write_changes(session: AsyncSession, numbers: list[int], template: dict[str, Any]) -> None:
    await session.execute(
        insert(Change),
        [
            {
                "kind": "termination",
                "record_id": n,
                "centre_code": None,
                "snapshot": {"id": n, "national_id": PERSON},
                "changed_at": _now(),
            }
            for n in numbers
        ],
    )


async def _write_vacancies(session: AsyncSession, numbers: list[int], template: dict[str, Any]) -> None:
    await session.execute(
        insert(VacancyChange),
        [{"vacancy_id": n, "removed": False, "snapshot": {**template, "id": n}, "changed_at": _now()} for n in numbers],
    )


async def _write_events(session: AsyncSession, numbers: list[int], template: dict[str, Any]) -> None:
    await session.execute(
        insert(PartnerEvent),
        [
            {
                "event_id": uuid.uuid4().hex,
                "event_type": "labour.termination.recorded.v1",
                "subject": PERSON,
                "time": _now(),
                "data": {"termination_id": n, "national_id": PERSON},
                "received_at": _now(),
            }
            for n in numbers
        ],
    )


def _page(items: list[dict[str, Any]], field: Callable[[dict[str, Any]], int], after: int) -> tuple[list[int], int]:
    return [field(i) for i in items], (items[-1]["seq"] if items else after)


async def _pull_changes(
    system: System, headers: dict[str, str], after: int, *, through_gateway: bool = False
) -> tuple[list[int], int]:
    client, path = (system.gateway, "/v1/sync/changes") if through_gateway else (system.labour, "/sync/changes")
    response = await client.get(path, params={"kinds": "termination", "after": after, "limit": 500}, headers=headers)
    assert response.status_code == 200, response.text
    return _page(response.json()["items"], lambda i: i["record_id"], after)


async def _pull_vacancies(system: System, headers: dict[str, str], after: int) -> tuple[list[int], int]:
    page = (await system.job_matching.get("/feed/vacancies", params={"after": after, "limit": 500})).json()
    return [i["vacancy_id"] for i in page["items"]], page["next_after"]


async def _pull_events(system: System, headers: dict[str, str], after: int) -> tuple[list[int], int]:
    response = await system.gateway.get("/v1/events", params={"after": after, "limit": 500}, headers=headers)
    assert response.status_code == 200, response.text
    return [i["data"]["termination_id"] for i in response.json()["items"]], response.json()["next_after"]


FEEDS = {
    "labour changes": Feed(lambda s: s.labour, _write_changes, lambda s, h, a: _pull_changes(s, h, a)),
    "vacancy feed": Feed(lambda s: s.job_matching, _write_vacancies, _pull_vacancies),
    "gateway event feed": Feed(lambda s: s.gateway, _write_events, _pull_events),
    "/v1/sync/changes": Feed(
        lambda s: s.labour, _write_changes, lambda s, h, a: _pull_changes(s, h, a, through_gateway=True)
    ),
    "/v1/events": Feed(lambda s: s.gateway, _write_events, _pull_events),
}


async def _vacancy(system: System) -> dict[str, Any]:
    """A vacancy as the feed shows one (its rows are written straight into the table)."""
    return await jm_builders.vacancy(system.job_matching)


async def _reader_headers(system: System) -> dict[str, str]:
    key = await system.client(
        "events:read", "terminations:read", client_id=f"reader-{uuid.uuid4().hex[:6]}", rate_limit=1_000_000
    )
    return {"X-API-Key": key, "X-Purpose": "daily sync"}


@pytest.mark.parametrize("system", ["postgres"], indirect=True)
@pytest.mark.parametrize("feed", FEEDS)
async def test_a_row_that_commits_after_a_later_one_is_not_skipped(system: System, feed: str) -> None:
    spec, headers, template = FEEDS[feed], await _reader_headers(system), await _vacancy(system)
    sessionmaker = support.sessionmaker_of(spec.writer(system))
    _, start = await spec.pull(system, headers, 0)  # past what the set-up wrote
    async with sessionmaker() as slow:
        await spec.write(slow, [1], template)  # takes the smaller seq, and holds its transaction open
        await slow.flush()
        async with sessionmaker() as fast:
            await spec.write(fast, [2], template)
            await fast.commit()
        seen, cursor = await spec.pull(system, headers, start)
        assert seen == [2]  # what has committed, and nothing that could still be overtaken
        await slow.commit()
    later, _ = await spec.pull(system, headers, cursor)
    assert later == [1]  # the cursor did not pass it


@pytest.mark.parametrize("system", ["postgres"], indirect=True)
@pytest.mark.parametrize("feed", FEEDS)
async def test_four_writers_and_a_reader_pulling_throughout_lose_and_repeat_nothing(system: System, feed: str) -> None:
    spec, headers, template = FEEDS[feed], await _reader_headers(system), await _vacancy(system)
    sessionmaker = support.sessionmaker_of(spec.writer(system))
    _, cursor = await spec.pull(system, headers, 0)  # past what the set-up wrote
    rng = random.Random(f"{feed}-soak")

    async def writer(number: int) -> None:
        records = list(range(number * PER_WRITER, (number + 1) * PER_WRITER))
        while records:
            size = rng.randint(1, 60)
            batch, records = records[:size], records[size:]
            async with sessionmaker() as session:
                await spec.write(session, batch, template)
                await session.flush()
                await asyncio.sleep(rng.random() / 500)  # hold the transaction while others commit
                await session.commit()

    writers = asyncio.gather(*(writer(n) for n in range(WRITERS)))
    received: list[int] = []
    deadline = asyncio.get_running_loop().time() + 300
    while not writers.done() or len(received) < WRITERS * PER_WRITER:
        if writers.done() and writers.exception() is not None:
            raise writers.exception()  # type: ignore[misc]
        assert asyncio.get_running_loop().time() < deadline, f"{len(received)} records received"
        page, cursor = await spec.pull(system, headers, cursor)
        received += page
        if not page:
            await asyncio.sleep(0.01)
        assert len(received) <= WRITERS * PER_WRITER, "a record arrived twice"
    await writers
    assert sorted(received) == list(range(WRITERS * PER_WRITER))
