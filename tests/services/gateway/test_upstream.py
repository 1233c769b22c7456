"""The circuit breaker of a service: once open, past its cool-down it lets exactly one trial request
through while concurrent callers get the open-circuit answer; the trial decides what comes next."""

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from services.gateway.routing.upstream import CircuitBreaker, UpstreamFailed, Upstreams
from shared.problems import ServiceUnavailable

COOLDOWN = 0.2


class Service(httpx.AsyncBaseTransport):
    """A service that refuses connections while `failing`, and otherwise holds every call until released."""

    def __init__(self) -> None:
        self.calls, self.failing, self.released = 0, True, asyncio.Event()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.failing:
            raise httpx.ConnectError("connection refused", request=request)
        await self.released.wait()
        return httpx.Response(200, json={})


@pytest.fixture
def service() -> Service:
    return Service()


@pytest.fixture
async def upstreams(service: Service) -> AsyncIterator[Upstreams]:
    """The labour service behind a breaker that opened at the second failed read (each tried three
    times) and has been open past its cool-down."""
    connected = Upstreams.connect({"labour": "http://labour"}, timeout_seconds=5, transports={"labour": service})
    connected.breakers["labour"] = CircuitBreaker(threshold=2, cooldown=COOLDOWN)
    for _ in range(2):
        with pytest.raises(UpstreamFailed):
            await read(connected)
    with pytest.raises(ServiceUnavailable):
        await read(connected)
    assert service.calls == 6
    await asyncio.sleep(COOLDOWN * 1.5)
    yield connected
    await connected.close()


async def read(upstreams: Upstreams) -> httpx.Response:
    return await upstreams.call("labour", "GET", "/employers")


async def concurrent_reads(upstreams: Upstreams, count: int = 10) -> tuple[set[asyncio.Task], set[asyncio.Task]]:
    """Fire `count` reads at once: (those answered by now, those still waiting for the service)."""
    calls = {asyncio.create_task(read(upstreams)) for _ in range(count)}
    return await asyncio.wait(calls, timeout=COOLDOWN / 2)


async def test_past_the_cool_down_exactly_one_trial_reaches_the_service_and_its_success_closes(
    upstreams: Upstreams,
    service: Service,
) -> None:
    service.failing = False
    answered, waiting = await concurrent_reads(upstreams)
    assert service.calls == 7 and len(waiting) == 1
    assert all(isinstance(call.exception(), ServiceUnavailable) for call in answered)
    service.released.set()
    [trial] = waiting
    assert (await trial).status_code == 200
    assert [(await read(upstreams)).status_code for _ in range(3)] == [200] * 3  # closed: every call goes through
    assert service.calls == 10


async def test_a_failed_trial_opens_the_circuit_for_another_cool_down(upstreams: Upstreams, service: Service) -> None:
    answered, waiting = await concurrent_reads(upstreams)
    assert not waiting and service.calls == 7
    refusals = sorted(type(call.exception()).__name__ for call in answered)
    assert refusals == ["ServiceUnavailable"] * 9 + ["UpstreamFailed"]  # the trial's own failure is a 502
    with pytest.raises(ServiceUnavailable):
        await read(upstreams)
    assert service.calls == 7


async def test_a_trial_whose_caller_went_away_lets_the_next_call_try(upstreams: Upstreams, service: Service) -> None:
    service.failing = False
    _, [trial] = await concurrent_reads(upstreams, count=1)
    trial.cancel()
    await asyncio.wait([trial])
    service.released.set()
    assert (await read(upstreams)).status_code == 200
    assert service.calls == 8
