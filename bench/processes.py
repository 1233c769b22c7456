"""The services as a deployment runs them, on one machine: per service, API replicas behind one
address (a round-robin TCP proxy, as a Kubernetes Service spreads connections) and worker processes
of its consumer group (`labourlink worker`), each replica started, killed, paused and restarted on
its own. For the fault run (bench/faults.py) and the replica tests (tests/e2e/test_replicas.py)."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.breakable import ROOT, TcpProxy
from labourlink.local_system import free_port
from services.registry import SERVICE_NAMES
from shared.internal_credentials import InternalAuth, Issuer, parse_keys

BENCH_CALLER = "labourlink-bench"  # the subject of the harness's own internal credentials


@dataclass
class ServiceProcess:
    """One process of a service: an API replica or a worker."""

    service: str
    role: str  # "api" or "worker"
    number: int
    environment: dict[str, str]
    log: Path
    port: int | None = None
    process: subprocess.Popen[bytes] | None = None

    @property
    def name(self) -> str:
        return f"{self.service}-{self.role}-{self.number}"

    def command(self) -> list[str]:
        if self.role == "api":
            return [sys.executable, "-m", "labourlink", "serve", "--service", self.service, "--port", str(self.port)]
        return [sys.executable, "-m", "labourlink", "worker", "--service", self.service]

    async def start(self) -> float:
        """Start the process; seconds until it serves (an API answers /readyz; a worker has started)."""
        started = time.monotonic()
        self.process = subprocess.Popen(
            self.command(), env=self.environment, cwd=ROOT, stdout=self.log.open("ab"), stderr=subprocess.STDOUT
        )
        if self.role == "api":
            await self._until_ready()
        return time.monotonic() - started

    async def _until_ready(self, timeout_seconds: float = 90) -> None:
        deadline = time.monotonic() + timeout_seconds
        async with httpx.AsyncClient(timeout=2) as http:
            while time.monotonic() < deadline and self.running:
                try:
                    if (await http.get(f"http://127.0.0.1:{self.port}/readyz")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.3)
        raise RuntimeError(f"{self.name} did not become ready:\n{self.log.read_text(errors='replace')[-3000:]}")

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def signal(self, signum: int) -> None:
        assert self.process is not None
        self.process.send_signal(signum)
        if signum == signal.SIGKILL:
            self.process.wait()

    def stop(self) -> None:
        if self.running:
            assert self.process is not None
            self.process.send_signal(signal.SIGCONT)  # a paused process cannot act on SIGTERM
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


class PlatformAuth(httpx.Auth):
    """Signs each request for the service whose address it goes to, as the harness (not a partner)."""

    def __init__(self, issuer: Issuer, urls: Mapping[str, str]) -> None:
        self._by_url = {url: InternalAuth(issuer, service) for service, url in urls.items()}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        origin = f"{request.url.scheme}://{request.url.host}:{request.url.port}"
        if origin in self._by_url:
            yield from self._by_url[origin].auth_flow(request)
        else:
            yield request


@dataclass
class Replicas:
    """The four services as processes. `database_urls` and `kafka_bootstrap_servers` are per service,
    as that service's processes reach them (through a proxy of the fault run, say)."""

    database_urls: Mapping[str, str]
    kafka_bootstrap_servers: Mapping[str, str]
    logs: Path
    internal_token_keys: str
    token_signing_key: str
    apis_per_service: int = 1
    workers_per_service: int = 1
    processes: list[ServiceProcess] = field(default_factory=list)
    front_doors: dict[str, TcpProxy] = field(default_factory=dict)

    @property
    def urls(self) -> dict[str, str]:
        """Each service's one address (its replicas' round robin)."""
        return {service: f"http://127.0.0.1:{proxy.port}" for service, proxy in self.front_doors.items()}

    def client(self, **kwargs: object) -> httpx.AsyncClient:
        """An HTTP client whose calls to the services carry the harness's internal credential."""
        issuer = Issuer(keys=parse_keys(self.internal_token_keys), subject=BENCH_CALLER)
        return httpx.AsyncClient(auth=PlatformAuth(issuer, self.urls), **kwargs)  # type: ignore[arg-type]

    def _environment(self, service: str, role: str) -> dict[str, str]:
        environment = {
            **os.environ,
            "DATABASE_URL": self.database_urls[service],
            "BUS_BACKEND": "kafka",
            "KAFKA_BOOTSTRAP_SERVERS": self.kafka_bootstrap_servers[service],
            "TOPIC_PARTITIONS": "3",
            "RUN_WORKERS": "false" if role == "api" else "true",
            "INTERNAL_TOKEN_KEYS": self.internal_token_keys,
        }
        if service == "gateway":
            environment |= {f"{other.upper()}_URL": url for other, url in self.urls.items() if other != "gateway"}
            environment["TOKEN_SIGNING_KEY"] = self.token_signing_key
        return environment

    async def start(self) -> None:
        ports = {service: [free_port() for _ in range(self.apis_per_service)] for service in SERVICE_NAMES}
        for service in SERVICE_NAMES:
            self.front_doors[service] = TcpProxy([("127.0.0.1", port) for port in ports[service]])
            await self.front_doors[service].start()
        for service in SERVICE_NAMES:
            for role, count in (("api", self.apis_per_service), ("worker", self.workers_per_service)):
                for number in range(count):
                    self.processes.append(
                        ServiceProcess(
                            service,
                            role,
                            number,
                            self._environment(service, role),
                            self.logs / f"{service}-{role}-{number}.log",
                            ports[service][number] if role == "api" else None,
                        )
                    )
        # A service's first API migrates its database; then the rest start side by side.
        firsts = [p for p in self.processes if p.role == "api" and p.number == 0]
        for process in firsts:
            await process.start()
        await asyncio.gather(*(p.start() for p in self.processes if p not in firsts))

    def named(self, name: str) -> ServiceProcess:
        return next(p for p in self.processes if p.name == name)

    async def stop(self) -> None:
        for process in self.processes:
            process.stop()
        for proxy in self.front_doors.values():
            await proxy.stop()
