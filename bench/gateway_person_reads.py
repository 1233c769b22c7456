"""Person-record reads through the gateway (credentials, scopes, fan-out to the three services,
minimisation, a hash-chained audit entry per read) against the same reads made directly on the
services in the same run: latency p50/p99 and the ratio. Everything on PostgreSQL, in process."""

import asyncio
import os
import statistics
import time
from contextlib import AsyncExitStack
from datetime import date
from typing import Any

import httpx

from bench.common import report, scratch_database
from services.gateway.partners.schemas import AgencyCreate
from services.gateway.partners.service import enrol_client
from services.gateway.routing.person import SECTIONS
from services.gateway.service import definition as gateway
from services.gateway.settings import GatewaySettings
from services.registry import load_service
from shared.app import create_service_app
from shared.bus.base import ReceivedMessage
from shared.events.envelope import CloudEvent
from shared.events.labour import JobSearchWishes, UnemploymentRegistered
from shared.percentiles import percentile

PEOPLE = int(os.environ.get("BENCH_PEOPLE", "200"))
READS = int(os.environ.get("BENCH_READS", "1000"))
SCOPES = sorted({f"{s.category.value}:read" for s in SECTIONS})


def _national_id(n: int) -> str:
    return f"0791{90:02d}{n:06d}"


async def _seed(labour: httpx.AsyncClient, job_matching_app: Any) -> None:
    employer = {
        "tax_code": "0309999997",
        "name": "Công ty Bench",
        "jurisdiction": "VN",
        "address": "-",
        "province": "Hồ Chí Minh",
        "district": "Quận 10",
        "wage_region": "I",
        "sector": "garments",
    }
    assert (await labour.post("/employers", json=employer)).status_code == 201
    messages = []
    for n in range(PEOPLE):
        worker = {
            "national_id": _national_id(n),
            "jurisdiction": "VN",
            "full_name": f"Người {n}",
            "birth_date": "1990-01-01",
            "sex": "female",
            "address": "-",
            "province": "Hồ Chí Minh",
            "district": "Quận 10",
        }
        assert (await labour.post("/workers", json=worker)).status_code == 201, worker
        contract = (
            await labour.post(
                "/contracts",
                json={
                    "national_id": _national_id(n),
                    "employer_tax_code": "0309999997",
                    "contract_type": "indefinite",
                    "start_date": "2020-01-01",
                    "insured_monthly_salary": "8000000",
                },
            )
        ).json()
        await labour.post(
            "/terminations",
            json={
                "contract_id": contract["id"],
                "last_working_day": "2026-03-01",
                "reported_on": "2026-03-02",
                "reason": "employer_termination",
            },
        )
        event = CloudEvent.of(
            UnemploymentRegistered(
                registration_id=n + 1,
                national_id=_national_id(n),
                jurisdiction="VN",
                centre_code="HCM-Q10",
                province="Hồ Chí Minh",
                district="Quận 10",
                registered_on=date(2026, 3, 5),
                wishes=JobSearchWishes(
                    occupations=["7533"],
                    provinces=[],
                    districts=[],
                    minimum_monthly_wage=None,
                    willing_to_relocate=False,
                ),
            ),
            source="/labourlink/bench",
            subject=_national_id(n),
        )
        message = event.to_bus_message("bench")
        messages.append(
            ReceivedMessage(
                topic="bench",
                partition=0,
                offset=n,
                key=message.key,
                value=message.value,
                headers=message.headers,
                timestamp_ms=0,
            )
        )
    await job_matching_app.state.runtime.consumer().apply(messages)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p99 in milliseconds, by the same nearest-rank rule the gateway's reports use."""
    return percentile(samples, 0.5) * 1000, percentile(samples, 0.99) * 1000  # type: ignore[operator]


async def main() -> None:
    """Read person records both ways and print one JSON line."""
    async with AsyncExitStack() as stack:
        apps, clients = {}, {}
        for name in ("labour", "social_insurance", "job_matching"):
            definition = load_service(name)
            url = await stack.enter_async_context(scratch_database())
            settings = definition.settings_class(
                database_url=url,
                bus_backend="embedded",
                embedded_log_path=f"var/bench/{name}-bus.db",
                run_workers=False,
            )
            apps[name] = create_service_app(definition, settings)
            await stack.enter_async_context(apps[name].router.lifespan_context(apps[name]))
            clients[name] = await stack.enter_async_context(
                httpx.AsyncClient(transport=httpx.ASGITransport(app=apps[name]), base_url=f"http://{name}")
            )
        gateway_url = await stack.enter_async_context(scratch_database())
        gateway_app = create_service_app(
            gateway,
            GatewaySettings(
                database_url=gateway_url,
                bus_backend="embedded",
                embedded_log_path="var/bench/gateway-bus.db",
                run_workers=False,
                labour_url="http://labour",
                social_insurance_url="http://social_insurance",
                job_matching_url="http://job_matching",
                token_signing_key="bench-signing-key-" + "x" * 32,
            ),
        )
        gateway_app.state.upstream_transports = {name: httpx.ASGITransport(app=app) for name, app in apps.items()}
        await stack.enter_async_context(gateway_app.router.lifespan_context(gateway_app))
        through = await stack.enter_async_context(
            httpx.AsyncClient(transport=httpx.ASGITransport(app=gateway_app), base_url="http://gw")
        )

        await _seed(clients["labour"], apps["job_matching"])
        async with gateway_app.state.sessionmaker() as session:
            key = await enrol_client(
                session=session,
                agency=AgencyCreate(code="MOLISA", name="Labour", kind="labour"),
                client_id="bench",
                client_name="bench",
                scopes=SCOPES,
                credential_kind="api_key",
            )
            await session.commit()
        await gateway_app.state.rate_limits.strategy.storage.reset()  # the seeding's calls are not the benchmark's
        headers = {"X-API-Key": key, "X-Purpose": "benchmark"}

        async def direct(national_id: str) -> None:
            await asyncio.gather(
                *(
                    clients[s.service].get(s.path.format(id=national_id))
                    if s.single
                    else clients[s.service].get(s.path, params={"national_id": national_id, "limit": 500})
                    for s in SECTIONS
                )
            )

        async def via_gateway(national_id: str) -> None:
            response = await through.get(f"/v1/persons/{national_id}", headers=headers)
            assert response.status_code == 200, response.text

        timings: dict[str, list[float]] = {"direct": [], "gateway": []}
        for n in range(READS):  # interleaved so both see the same database state
            for name, read in (("direct", direct), ("gateway", via_gateway)):
                started = time.perf_counter()
                await read(_national_id(n % PEOPLE))
                timings[name].append(time.perf_counter() - started)

    (direct_p50, direct_p99), (gateway_p50, gateway_p99) = (
        _percentiles(timings["direct"]),
        _percentiles(timings["gateway"]),
    )
    report(
        benchmark="gateway_person_reads",
        reads=READS,
        people=PEOPLE,
        sections=len(SECTIONS),
        database="postgresql",
        direct_p50_ms=round(direct_p50, 2),
        direct_p99_ms=round(direct_p99, 2),
        gateway_p50_ms=round(gateway_p50, 2),
        gateway_p99_ms=round(gateway_p99, 2),
        ratio_p50=round(gateway_p50 / direct_p50, 2),
        ratio_p99=round(gateway_p99 / direct_p99, 2),
        direct_mean_ms=round(statistics.fmean(timings["direct"]) * 1000, 2),
        gateway_mean_ms=round(statistics.fmean(timings["gateway"]) * 1000, 2),
    )
