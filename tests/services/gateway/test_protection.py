"""Protection: per-client rate limits, request size limits, a dead service answered with 502 and
then at once with 503 problem+json (its circuit opened), a slow one with 504, request ids and trace
context carried to the services."""

import asyncio
import time

import httpx

from services.gateway.routing.upstream import CircuitBreaker
from tests.services.gateway.conftest import System


def gateway_state(system: System):  # noqa: ANN201
    return system.gateway._transport.app.state  # type: ignore[attr-defined]


async def test_a_client_over_its_rate_limit_gets_429_with_retry_after(system: System) -> None:
    key = await system.client("employers:read", client_id="busy", rate_limit=5)
    other = await system.client("employers:read", client_id="calm", rate_limit=5)
    statuses = [(await system.gateway.get("/v1/employers", headers={"X-API-Key": key})).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    refused = await system.gateway.get("/v1/employers", headers={"X-API-Key": key})
    assert refused.headers["content-type"] == "application/problem+json"
    assert 1 <= int(refused.headers["retry-after"]) <= 60  # the end of the minute's window
    # Each client has its own allowance.
    assert (await system.gateway.get("/v1/employers", headers={"X-API-Key": other})).status_code == 200


async def test_a_body_over_the_limit_is_refused_before_it_reaches_a_service(system: System) -> None:
    key = {"X-API-Key": await system.client("registrations:write"), "X-Purpose": "daily sync"}
    gateway_state(system).settings.max_request_bytes = 2048
    response = await system.gateway.post("/v1/sync/registrations", content=b"x" * 4096, headers=key)
    assert response.status_code == 413 and response.json()["max_bytes"] == 2048

    async def streamed():  # no Content-Length: counted as it arrives
        for _ in range(4):
            yield b"y" * 1024

    chunked = await system.gateway.post("/v1/sync/registrations", content=streamed(), headers=key)
    assert chunked.status_code == 413


async def test_an_unreachable_service_gives_502_then_its_open_circuit_503_at_once(system: System) -> None:
    calls = 0

    def refuse(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ConnectError("connection refused", request=request)

    upstreams = gateway_state(system).upstreams
    upstreams.clients = {
        **upstreams.clients,
        "labour": httpx.AsyncClient(base_url="http://labour", transport=httpx.MockTransport(refuse)),
    }
    upstreams.breakers["labour"] = CircuitBreaker(threshold=2, cooldown=30)
    key = await system.client("employers:read", "vacancies:read")

    started = time.monotonic()
    first = await system.gateway.get("/v1/employers", headers={"X-API-Key": key})
    assert first.status_code == 502 and first.headers["content-type"] == "application/problem+json"
    assert first.json()["service"] == "labour"
    assert calls == 3  # a read is tried again twice
    await system.gateway.get("/v1/employers", headers={"X-API-Key": key})
    open_circuit = await system.gateway.get("/v1/employers", headers={"X-API-Key": key})
    assert open_circuit.status_code == 503 and int(open_circuit.headers["retry-after"]) >= 1
    assert calls == 6  # the open circuit did not call the service
    assert time.monotonic() - started < 5
    # The other services are unaffected.
    assert (await system.gateway.get("/v1/vacancies", headers={"X-API-Key": key})).status_code == 200


async def test_a_slow_service_times_out_into_504(system: System) -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200, json={})

    class Slow(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return await slow(request)

    upstreams = gateway_state(system).upstreams
    upstreams.clients = {
        **upstreams.clients,
        "job_matching": httpx.AsyncClient(base_url="http://job-matching", transport=Slow()),
    }
    upstreams.retries, upstreams.timeout_seconds = 0, 0.2
    key = await system.client("vacancies:read")
    started = time.monotonic()
    response = await asyncio.wait_for(system.gateway.get("/v1/vacancies", headers={"X-API-Key": key}), timeout=3)
    assert response.status_code == 504 and time.monotonic() - started < 2


async def test_request_ids_and_trace_context_reach_the_service(system: System) -> None:
    seen: list[httpx.Request] = []
    upstreams = gateway_state(system).upstreams
    real = upstreams.clients["job_matching"]

    async def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return await real._transport.handle_async_request(request)  # type: ignore[attr-defined]

    class Spy(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return await spy(request)

    upstreams.clients = {
        **upstreams.clients,
        "job_matching": httpx.AsyncClient(base_url="http://job-matching", transport=Spy()),
    }
    key = await system.client("vacancies:read")
    trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    response = await system.gateway.get(
        "/v1/vacancies", headers={"X-API-Key": key, "X-Request-Id": "req-42", "traceparent": trace}
    )
    assert response.headers["x-request-id"] == "req-42"
    [forwarded] = seen
    assert forwarded.headers["x-request-id"] == "req-42"
    version, trace_id, span, flags = forwarded.headers["traceparent"].split("-")
    assert (version, trace_id, flags) == ("00", "4bf92f3577b34da6a3ce929d0e0e4736", "01") and span != "00f067aa0ba902b7"
