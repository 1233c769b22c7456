"""The console's tests: an operator account, a login like a browser's, and for the browser tests
the gateway served over real HTTP (uvicorn) in front of the three services, all in one process on
the embedded default."""

import asyncio
import re
import socket
import threading
from collections.abc import Awaitable, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import uvicorn

from tests.databases import MigratedTemplates
from tests.services.gateway.conftest import System, running_system

T = TypeVar("T")
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


async def operator(system: System, *scopes: str, client_id: str = "ops-console") -> str:
    """An operator agency's client holding these scopes; returns its client secret."""
    return await system.client(*scopes, kind="operator", agency="OPS", client_id=client_id, credential="client_secret")


async def csrf_of(client: httpx.AsyncClient, path: str = "/console/login") -> str:
    """The session's anti-forgery token, as a page's forms carry it."""
    found = CSRF.search((await client.get(path)).text)
    assert found, f"{path} has no form token"
    return found.group(1)


async def log_in(client: httpx.AsyncClient, client_id: str, secret: str) -> httpx.Response:
    token = await csrf_of(client)
    return await client.post(
        "/console/login", data={"client_id": client_id, "client_secret": secret, "csrf_token": token}
    )


class LiveSystem:
    """The services and the gateway (SQLite and the embedded log, or PostgreSQL and Kafka) on an
    event loop of their own in a thread, the gateway listening on a free local port, so that a
    browser can reach it while the test drives the browser."""

    def __init__(self, templates: MigratedTemplates, folder: Path, backend: str, bus: str) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="live-system", daemon=True)
        self.thread.start()
        self.stack = AsyncExitStack()
        for name in ("labour", "social_insurance", "job_matching", "gateway"):
            (folder / name).mkdir()
        running = running_system(templates, backend, folder, bus=bus)
        self.system: System = self.run(self.stack.enter_async_context(running))
        listening = socket.socket()
        listening.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{listening.getsockname()[1]}"
        app = self.system.gateway._transport.app  # type: ignore[attr-defined]
        # Lifespan off: running_system has started the gateway already.
        self.server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning"))
        self.serving = asyncio.run_coroutine_threadsafe(self.server.serve(sockets=[listening]), self.loop)
        self.run(self._started())

    async def _started(self) -> None:
        while not self.server.started:
            if self.serving.done():
                self.serving.result()  # the server failed to start: say why
            await asyncio.sleep(0.01)

    def run(self, work: Awaitable[T]) -> T:
        """Run a coroutine on the system's loop (reaching its in-process clients) and wait for it."""
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(timeout=120)  # type: ignore[arg-type]

    def close(self) -> None:
        self.server.should_exit = True
        self.serving.result(timeout=30)
        self.run(self.stack.aclose())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=30)


@pytest.fixture(
    scope="module",
    params=[
        pytest.param(("sqlite", "embedded"), id="embedded-sqlite"),
        pytest.param(("postgres", "kafka"), id="kafka-postgres", marks=[pytest.mark.kafka, pytest.mark.postgres]),
    ],
)
def live(
    request: pytest.FixtureRequest, migrated_templates: MigratedTemplates, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveSystem]:
    """The system a browser uses, on the embedded default and on PostgreSQL and Kafka."""
    backend, bus = request.param
    started = LiveSystem(migrated_templates, tmp_path_factory.mktemp("live"), backend, bus)
    try:
        yield started
    finally:
        started.close()


def form_of(html: str) -> dict[str, Any]:
    """The anti-forgery token of a page's forms, to post one."""
    found = CSRF.search(html)
    assert found
    return {"csrf_token": found.group(1)}
