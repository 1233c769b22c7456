"""Running the services: one service's API (`serve`), its workers alone (`worker`), or all four on
the embedded default under a supervisor (`run`)."""

import argparse
import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from labourlink.commands import Commands
from labourlink.demo import DEMO_KEY_FILE, load_demo
from labourlink.settings import DEFAULT_VAR, embedded_environment, service_settings
from services.registry import DEFAULT_PORTS, SERVICE_NAMES, load_service
from shared.logging import configure_logging
from shared.tracing import configure_tracing, stop_tracing

if TYPE_CHECKING:
    from shared.runtime import ServiceRuntime


def add_commands(commands: Commands) -> None:
    serve = commands.add_parser("serve", help="serve one service's REST API (and its workers unless RUN_WORKERS=false)")
    serve.add_argument("--service", required=True, choices=SERVICE_NAMES)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int)
    serve.set_defaults(run=_serve)

    worker = commands.add_parser(
        "worker", help="run one service's outbox relay and consumer (HTTP only for its probes, with HEALTH_PORT)"
    )
    worker.add_argument("--service", required=True, choices=SERVICE_NAMES)
    worker.add_argument("--host", default="127.0.0.1", help="where the health server listens (with HEALTH_PORT)")
    worker.set_defaults(run=_worker)

    run = commands.add_parser(
        "run", help=f"run all four services on the embedded default (data under --var, {DEFAULT_VAR})"
    )
    run.add_argument("--no-demo", action="store_true", help="do not load the demo scenario on first start")
    run.set_defaults(run=_run_all)


def serve_command(service: str, *options: str) -> list[str]:
    """`labourlink serve` as a child process: on this interpreter, so the child runs this code whatever the PATH."""
    return [sys.executable, "-m", "labourlink", "serve", "--service", service, *options]


# How uvicorn runs in every process: its lines go through our logging (the apps log each request
# themselves), and no server name or version for a prober to look up.
_UVICORN_OPTIONS: dict[str, Any] = {
    "log_config": None,
    "log_level": "warning",
    "access_log": False,
    "server_header": False,
}


def _observed(service: str) -> None:
    """This process's logs and spans name the service."""
    configure_logging(service=service)
    configure_tracing()


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from shared.app import create_service_app

    _observed(args.service)
    definition = load_service(args.service)
    app = create_service_app(definition, service_settings(args.service, args.var))
    uvicorn.run(app, host=args.host, port=args.port or DEFAULT_PORTS[args.service], **_UVICORN_OPTIONS)
    stop_tracing()
    return 0


def _worker(args: argparse.Namespace) -> int:
    from shared.migrations import upgrade_to_head
    from shared.runtime import ServiceRuntime

    _observed(args.service)
    definition = load_service(args.service)
    settings = service_settings(args.service, args.var)
    upgrade_to_head(definition, settings.database_url)

    async def work() -> None:
        runtime = ServiceRuntime(definition, settings)
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, runtime.request_stop)
        await runtime.start(workers=True)
        async with _health_served(runtime, args.host, settings.health_port):
            await runtime.wait_stopped()
            await runtime.stop()  # probes are still answered while the batch in hand is finished

    asyncio.run(work())
    stop_tracing()
    return 0


@contextlib.asynccontextmanager
async def _health_served(runtime: "ServiceRuntime", host: str, port: int | None) -> AsyncIterator[None]:
    """A worker's /healthz, /readyz and /metrics (shared/app.py's, on its runtime) while the block
    runs, when HEALTH_PORT is set: served by uvicorn in the worker's own event loop, so an answer to
    /healthz says the loop turns."""
    if port is None:
        yield
        return
    import uvicorn

    from shared.app import create_health_app

    class WorkerHealthServer(uvicorn.Server):
        # SIGTERM and SIGINT are the worker's: they stop its runtime, and then this server.
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            yield

    config = uvicorn.Config(create_health_app(runtime), host=host, port=port, lifespan="off", **_UVICORN_OPTIONS)
    server = WorkerHealthServer(config)
    serving = asyncio.create_task(server.serve(), name="health-server")
    try:
        yield
    finally:
        server.should_exit = True
        await serving


def _run_all(args: argparse.Namespace) -> int:
    var = Path(args.var)
    var.mkdir(parents=True, exist_ok=True)
    children: dict[str, subprocess.Popen[bytes]] = {}
    # Readable lines on the terminal that runs them all, unless LOG_FORMAT says otherwise.
    os.environ.setdefault("LOG_FORMAT", "console")
    configure_logging()
    for service in SERVICE_NAMES:
        environment = {**os.environ, **embedded_environment(var, service)}
        children[service] = subprocess.Popen(serve_command(service), env=environment)
    print(f"LabourLink is starting on the embedded default (data in {var.resolve()}):", flush=True)
    for service in SERVICE_NAMES:
        print(f"  {service:17} http://127.0.0.1:{DEFAULT_PORTS[service]}/docs", flush=True)
    print(f"  operator console  http://127.0.0.1:{DEFAULT_PORTS['gateway']}/console", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    if not args.no_demo and not (var / DEMO_KEY_FILE).exists():
        load_demo(var)
    stopping: list[int] = []
    for signum in (signal.SIGINT, signal.SIGTERM):  # explicit: a background job may ignore SIGINT
        signal.signal(signum, lambda received, _frame: stopping.append(received))
    try:
        while not stopping and all(child.poll() is None for child in children.values()):
            time.sleep(0.2)
        if stopping:
            print("stopping…", flush=True)
            return 0
        failed = [name for name, child in children.items() if child.poll() is not None]
        print(f"stopped because {', '.join(failed)} exited", file=sys.stderr)
        return 1
    finally:
        for child in children.values():
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for child in children.values():
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
