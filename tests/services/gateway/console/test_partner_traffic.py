"""Partner calls counted per hour for the Partners page: by client, operation and outcome, added
to the table by each flush (two flushes add up, as two replicas' do), and swept after 8 days."""

from datetime import timedelta

from sqlalchemy import select

from services.gateway.models import PartnerTraffic, TrafficOutcome
from services.gateway.traffic import service as traffic
from services.gateway.traffic.counting import counts_of, hour_of
from services.gateway.traffic.repository import TrafficRepository
from shared.db import utcnow
from tests.services.gateway.conftest import System
from tests.services.support import sessionmaker_of


async def counted(system: System) -> dict[tuple[str, str, TrafficOutcome], int]:
    """The table's counts, the pending ones of the gateway process flushed first."""
    await counts_of(system.gateway._transport.app).flush(sessionmaker_of(system.gateway))  # type: ignore[attr-defined]
    async with sessionmaker_of(system.gateway)() as session:
        rows = (await session.scalars(select(PartnerTraffic))).all()
    return {(row.client_id, row.route, row.outcome): row.calls for row in rows}


async def test_each_flush_adds_the_calls_by_client_operation_and_outcome(system: System) -> None:
    key = await system.client("reports:read", client_id="traffic-probe", rate_limit=3)
    probe = {"X-API-Key": key}
    assert (await system.gateway.get("/v1/reports/fund-months", headers=probe)).status_code == 200
    assert (await system.gateway.get("/v1/registrations", headers=probe)).status_code == 403
    assert (await system.gateway.get("/v1/reports/fund-months", headers={"X-API-Key": "nope"})).status_code == 401
    assert (await system.gateway.get("/console/login")).status_code == 200  # no partner call: not counted
    assert await counted(system) == {
        ("traffic-probe", "/v1/reports/fund-months", TrafficOutcome.succeeded): 1,
        ("traffic-probe", "/v1/registrations", TrafficOutcome.refused): 1,
        ("", "/v1/reports/fund-months", TrafficOutcome.refused): 1,
    }
    assert (await system.gateway.get("/v1/reports/fund-months", headers=probe)).status_code == 200
    assert (await system.gateway.get("/v1/reports/fund-months", headers=probe)).status_code == 429
    after = await counted(system)
    assert after[("traffic-probe", "/v1/reports/fund-months", TrafficOutcome.succeeded)] == 2
    assert after[("traffic-probe", "/v1/reports/fund-months", TrafficOutcome.rate_limited)] == 1


async def test_hours_older_than_eight_days_are_swept(system: System) -> None:
    now = hour_of(utcnow())
    kept, old = now - timedelta(days=8), now - timedelta(days=8, hours=1)
    async with sessionmaker_of(system.gateway).begin() as session:
        await TrafficRepository(session).add(
            {(hour, "c", "/v1/x", TrafficOutcome.succeeded): 1 for hour in (now, kept, old)}
        )
    async with sessionmaker_of(system.gateway).begin() as session:
        assert await traffic.sweep(session) == 1
        assert [row.hour for row in await TrafficRepository(session).since(old)] == [kept, now]
