"""Infrastructure a fault run may break: a Kafka broker and a PostgreSQL server of its own (crashed
and restarted without touching the ones the other tests share), and TCP proxies whose connections
it can cut and restore.

The proxy is ours rather than toxiproxy: the run needs only "drop every connection and refuse new
ones until restored", which is forty lines of asyncio, where toxiproxy is a Go server, its build and
an HTTP API to drive it."""

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import asyncpg

from labourlink.local_system import free_port

ROOT = Path(__file__).resolve().parents[1]
KAFKA_LIBS = ROOT / "var" / "kafka" / "libs"  # fetched from Maven Central by deploy/local/kafka.sh


class DidNotStart(RuntimeError):
    """A piece of infrastructure did not come up; the message ends with its log."""


def _answers(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


async def _until(condition: Callable[[], bool], what: str, log: Path, timeout_seconds: float = 90) -> None:
    deadline = time.monotonic() + timeout_seconds
    while not condition():
        if time.monotonic() > deadline:
            raise DidNotStart(f"{what} did not come up:\n{log.read_text(errors='replace')[-3000:]}")
        await asyncio.sleep(0.2)


class TcpProxy:
    """Forwards connections from its own port to `upstreams` (round robin, a connection each);
    `cut()` drops every open connection and refuses new ones until `restore()`."""

    def __init__(self, upstreams: Sequence[tuple[str, int]], port: int | None = None) -> None:
        self.upstreams = list(upstreams)
        self.port = port or free_port()
        self._next = 0
        self.served: Counter[int] = Counter()  # connections forwarded, per upstream port
        self._open: set[asyncio.StreamWriter] = set()
        self._cut = False
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)

    async def stop(self) -> None:
        self.cut()
        if self._server is not None:
            self._server.close()

    def cut(self) -> None:
        self._cut = True
        for writer in list(self._open):
            writer.transport.abort()  # a reset, as when a cable is pulled, not a polite close
        self._open.clear()

    def restore(self) -> None:
        self._cut = False

    async def _accept(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        if self._cut:
            client_writer.transport.abort()
            return
        host, port = self.upstreams[self._next % len(self.upstreams)]
        self._next += 1
        self.served[port] += 1
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(host, port)
        except OSError:
            client_writer.transport.abort()
            return
        self._open |= {client_writer, upstream_writer}
        await asyncio.gather(
            self._pipe(client_reader, upstream_writer),
            self._pipe(upstream_reader, client_writer),
            return_exceptions=True,
        )
        self._open -= {client_writer, upstream_writer}

    @staticmethod
    async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        finally:
            writer.transport.abort() if writer.transport.is_closing() else writer.close()


class Broker:
    """A single-node KRaft broker of the fault run's own, on the jars deploy/local/kafka.sh fetched.

    Besides its plain listener it has one listener per proxied client (`proxied`): a client that
    bootstraps through that listener's proxy is told the proxy's address in the metadata, so all of
    its traffic, not only the first request, passes the proxy."""

    def __init__(self, home: Path, proxied: Sequence[str] = ()) -> None:
        if not (KAFKA_LIBS / ".complete").exists():
            raise DidNotStart(f"no Kafka jars under {KAFKA_LIBS}: run deploy/local/kafka.sh first (make infra does)")
        self.home = home
        self.port, self.controller_port = free_port(), free_port()
        self.proxies = {name: TcpProxy([("127.0.0.1", free_port())]) for name in proxied}
        self.log = home / "broker.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    def bootstrap_servers_for(self, name: str) -> str:
        """The address a proxied client bootstraps from."""
        return f"127.0.0.1:{self.proxies[name].port}"

    def _config(self) -> Path:
        names = {name: f"VIA_{name.upper()}" for name in self.proxies}
        listeners = [f"PLAINTEXT://127.0.0.1:{self.port}", f"CONTROLLER://127.0.0.1:{self.controller_port}"]
        listeners += [f"{names[n]}://127.0.0.1:{p.upstreams[0][1]}" for n, p in self.proxies.items()]
        advertised = [f"PLAINTEXT://127.0.0.1:{self.port}"]
        advertised += [f"{names[n]}://127.0.0.1:{p.port}" for n, p in self.proxies.items()]
        protocols = ["PLAINTEXT:PLAINTEXT", "CONTROLLER:PLAINTEXT", *(f"{v}:PLAINTEXT" for v in names.values())]
        config = self.home / "server.properties"
        config.write_text(
            "\n".join(
                [
                    "process.roles=broker,controller",
                    "node.id=1",
                    f"controller.quorum.voters=1@127.0.0.1:{self.controller_port}",
                    f"listeners={','.join(listeners)}",
                    f"advertised.listeners={','.join(advertised)}",
                    "controller.listener.names=CONTROLLER",
                    f"listener.security.protocol.map={','.join(protocols)}",
                    "inter.broker.listener.name=PLAINTEXT",
                    f"log.dirs={self.home / 'data'}",
                    "num.partitions=3",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=3",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true",
                ]
            )
            + "\n"
        )
        return config

    async def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        config = self._config()
        classpath = f"{KAFKA_LIBS}/*"
        if not (self.home / "data" / "meta.properties").exists():
            cluster_id = subprocess.run(
                ["java", "-cp", classpath, "kafka.tools.StorageTool", "random-uuid"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            subprocess.run(
                ["java", "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config)],
                check=True,
                capture_output=True,
            )
        for proxy in self.proxies.values():
            if proxy._server is None:
                await proxy.start()
        await self._launch(config)

    async def _launch(self, config: Path) -> None:
        self._process = subprocess.Popen(
            ["java", "-Xms128m", "-Xmx384m", "-XX:+UseG1GC", "-cp", f"{KAFKA_LIBS}/*", "kafka.Kafka", str(config)],
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
        )
        await _until(lambda: _answers(self.port), "the fault run's Kafka broker", self.log)

    async def crash_and_restart(self) -> float:
        """SIGKILL the broker, start it again on the same log; seconds until it answers."""
        assert self._process is not None
        self._process.send_signal(signal.SIGKILL)
        self._process.wait()
        started = time.monotonic()
        await self._launch(self.home / "server.properties")
        return time.monotonic() - started

    async def stop(self) -> None:
        for proxy in self.proxies.values():
            await proxy.stop()
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()


class DatabaseServer:
    """A PostgreSQL server of the fault run's own, from Debian's packages (deploy/local/postgres.sh
    installs them), with fsync on: crash recovery is what the run tests."""

    def __init__(self, home: Path, proxied: Sequence[str] = ()) -> None:
        bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
        if not bins:
            raise DidNotStart("no PostgreSQL under /usr/lib/postgresql: run deploy/local/postgres.sh (make infra does)")
        self.bin = bins[-1]
        self.home = home
        self.data = home / "data"
        self.port = free_port()
        self.proxies = {name: TcpProxy([("127.0.0.1", self.port)]) for name in proxied}
        self.log = home / "server.log"
        # The server refuses to run as root: as root, run it as 'postgres' (postgres.sh creates that user).
        self._as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def url(self, database: str, via: str | None = None) -> str:
        port = self.proxies[via].port if via else self.port
        return f"postgresql+asyncpg://postgres@127.0.0.1:{port}/{database}"

    def _pg_ctl(self, *arguments: str) -> None:
        subprocess.run(
            [*self._as_owner, str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60"]
            + list(arguments),
            check=True,
            capture_output=True,
        )

    async def start(self, databases: Sequence[str]) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        if self._as_owner:
            shutil.chown(self.home, "postgres")
        subprocess.run(
            [*self._as_owner, str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust"]
            + ["--encoding=UTF8", "--locale=C.UTF-8"],
            check=True,
            capture_output=True,
        )
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.home}"
        self._pg_ctl("-o", options + " -c max_connections=200", "start")
        connection = await asyncpg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres")
        try:
            for name in databases:
                await connection.execute(f'CREATE DATABASE "{name}"')
        finally:
            await connection.close()
        for proxy in self.proxies.values():
            await proxy.start()

    async def crash_and_restart(self) -> float:
        """`pg_ctl restart -m immediate`: no checkpoint, WAL replay on start; seconds until it accepts again."""
        started = time.monotonic()
        await asyncio.to_thread(self._pg_ctl, "restart", "-m", "immediate")
        return time.monotonic() - started

    async def stop(self) -> None:
        for proxy in self.proxies.values():
            await proxy.stop()
        if (self.data / "postmaster.pid").exists():
            await asyncio.to_thread(self._pg_ctl, "stop", "-m", "fast")


def scratch_home() -> Path:
    """A directory for one run's broker and server, traversable by the 'postgres' user."""
    home = Path(tempfile.mkdtemp(prefix="labourlink-faults-"))
    home.chmod(0o755)
    return home
