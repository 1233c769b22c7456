"""The `labourlink` command: run services and workers, migrate, replay events, export schemas."""

import argparse
import asyncio
import json
import logging
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
from pydantic import ValidationError

from services.registry import DEFAULT_PORTS, SERVICE_NAMES, load_service
from shared.logging import configure_logging
from shared.settings import BusSettings

T = TypeVar("T")


DEFAULT_VAR = "var/embedded"  # where `make run` keeps the embedded system


class SettingMissing(Exception):
    """A setting the command needs is neither in the environment nor given by a --var system."""


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `labourlink` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) > 1 and argv[0] == "replay" and argv[1] not in ("publish", "reset", "scenario") and not argv[1].startswith("-"):
        argv.insert(1, "scenario")  # `labourlink replay <scenario>`
    # Every command takes --var: the embedded system it works on when the environment names none.
    var = argparse.ArgumentParser(add_help=False)
    var.add_argument("--var", default=DEFAULT_VAR, type=Path,
                     help=f"the embedded system's data folder (default {DEFAULT_VAR}); settings in the environment win")
    parser = argparse.ArgumentParser(prog="labourlink", description=__doc__)
    commands = _Commands(parser.add_subparsers(dest="command", required=True), parents=[var])

    serve = commands.add_parser("serve", help="serve one service's REST API (and its workers unless RUN_WORKERS=false)")
    serve.add_argument("--service", required=True, choices=SERVICE_NAMES)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int)
    serve.set_defaults(run=_serve)

    worker = commands.add_parser("worker", help="run one service's outbox relay and consumer without HTTP")
    worker.add_argument("--service", required=True, choices=SERVICE_NAMES)
    worker.set_defaults(run=_worker)

    run = commands.add_parser("run", help=f"run all four services on the embedded default (data under --var, {DEFAULT_VAR})")
    run.add_argument("--no-demo", action="store_true", help="do not load the demo scenario on first start")
    run.set_defaults(run=_run_all)

    migrate = commands.add_parser("migrate", help="upgrade a service's database to the newest migration")
    migrate.add_argument("--service", required=True, choices=SERVICE_NAMES)
    migrate.set_defaults(run=_migrate)

    revision = commands.add_parser("makemigration", help="autogenerate a migration for a service")
    revision.add_argument("--service", required=True, choices=SERVICE_NAMES)
    revision.add_argument("-m", "--message", required=True)
    revision.set_defaults(run=_make_migration)

    replay = commands.add_parser("replay", help="run a scenario, publish a file of events, or reset a consumer group")
    replay_commands = _Commands(replay.add_subparsers(dest="replay_command", required=True), parents=[var])
    publish = replay_commands.add_parser("publish", help="publish an NDJSON file of CloudEvents onto the bus")
    publish.add_argument("file", type=Path)
    publish.add_argument("--topic", help="topic for every event (default: the catalogue's topic of each type)")
    publish.set_defaults(run=_replay_publish)
    scenario = replay_commands.add_parser(
        "scenario", help="run a scenario (a folder, or a name under tests/scenarios) against the running system; also `replay <scenario>`")
    scenario.add_argument("scenario")
    scenario.add_argument("--again", action="store_true", help="skip the calls marked once: a second replay must change nothing")
    scenario.add_argument("--timeout", type=float, default=120, help="seconds to wait for each expectation")
    scenario.set_defaults(run=_replay_scenario)

    reset = replay_commands.add_parser("reset", help="move a service's consumer group back to replay events")
    reset.add_argument("--service", required=True, choices=SERVICE_NAMES)
    where = reset.add_mutually_exclusive_group(required=True)
    where.add_argument("--to-beginning", action="store_true")
    where.add_argument("--to-time", type=datetime.fromisoformat, help="ISO 8601 time with offset")
    reset.add_argument(
        "--rebuild", action="store_true",
        help="also forget the inbox records from that point, so handlers apply the events again",
    )
    reset.set_defaults(run=_replay_reset)

    reemit = commands.add_parser("reemit", help="publish again a service's retained outbox events since a time")
    reemit.add_argument("--service", required=True, choices=SERVICE_NAMES)
    reemit.add_argument("--since", required=True, type=datetime.fromisoformat)
    reemit.set_defaults(run=_reemit)

    partner = commands.add_parser("partner-client", help="gateway: register an agency's client and print its first credential")
    partner.add_argument("--agency-code", required=True)
    partner.add_argument("--agency-name", required=True)
    partner.add_argument("--kind", required=True, help="labour, social_insurance, employment_service_centre, tax, …")
    partner.add_argument("--client-id", required=True)
    partner.add_argument("--client-name", default="")
    partner.add_argument("--scopes", nargs="+", required=True, help="e.g. terminations:read events:read")
    partner.add_argument("--credential", choices=["api_key", "client_secret"], default="api_key")
    partner.set_defaults(run=_partner_client)

    audit = commands.add_parser("audit-verify", help="gateway: check the audit log's hash chain")
    audit.add_argument("--known-head", type=_known_head, metavar="SEQ:HASH",
                       help="head_seq:head_hash an earlier verification printed; finds a truncation since")
    audit.set_defaults(run=_audit_verify)

    schemas = commands.add_parser("schemas", help="write the event JSON Schemas and the AsyncAPI document")
    schemas.add_argument("--check", action="store_true", help="fail if the committed files differ")
    schemas.set_defaults(run=_schemas)

    args = parser.parse_args(argv)
    configure_logging(os.environ.get("LOG_LEVEL", "INFO"))
    try:
        return int(args.run(args) or 0)
    except SettingMissing as missing:
        print(f"labourlink: {missing}", file=sys.stderr)
        return 2
    except ValidationError as error:  # the command's own input, e.g. an agency code too short
        print("labourlink: " + "; ".join(f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in error.errors()),
              file=sys.stderr)
        return 2


class _Commands:
    """Subcommands that all take the shared options (--var)."""

    def __init__(self, subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
        self.subparsers, self.parents = subparsers, parents

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return self.subparsers.add_parser(name, parents=self.parents, **kwargs)


S = TypeVar("S", bound=BusSettings)


def _settings(service: str, var: Path, settings_class: type[S] | None = None) -> S:
    """The service's settings (or the part `settings_class` holds): the environment's, and for
    what it leaves out, the embedded system's under `var` when there is one. A setting that is
    missing is a SettingMissing naming it, never a traceback."""
    settings_class = settings_class or load_service(service).settings_class  # type: ignore[assignment]
    environment = {**(embedded_environment(var, service) if var.exists() else {}), **os.environ}
    given = {name.lower(): value for name, value in environment.items() if name.lower() in settings_class.model_fields}
    try:
        return settings_class(**given)
    except ValidationError as error:
        unset = ", ".join(sorted({str(e["loc"][0]).upper() for e in error.errors() if e["loc"]}))
        if not var.exists():
            raise SettingMissing(f"no embedded system at {var} (`make run` makes one), and the environment does not set "
                                 f"{unset} for {service}") from None
        raise SettingMissing(f"{service}: {unset}: {error.errors()[0]['msg']}") from None


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from shared.app import create_service_app

    definition = load_service(args.service)
    app = create_service_app(definition, _settings(args.service, args.var))
    uvicorn.run(app, host=args.host, port=args.port or DEFAULT_PORTS[args.service], log_level="warning")
    return 0


def _worker(args: argparse.Namespace) -> int:
    from shared.migrations import upgrade_to_head
    from shared.runtime import ServiceRuntime

    definition = load_service(args.service)
    settings = _settings(args.service, args.var)
    upgrade_to_head(definition, settings.database_url)

    async def work() -> None:
        runtime = ServiceRuntime(definition, settings)
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, runtime.request_stop)
        await runtime.start(workers=True)
        await runtime.wait_stopped()
        await runtime.stop()

    asyncio.run(work())
    return 0


def embedded_environment(var: Path, service: str) -> dict[str, str]:
    """The settings of one service on the embedded default (SQLite and the embedded log)."""
    var = var.resolve()
    environment = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{var / f'{service}.db'}",
        "BUS_BACKEND": "embedded",
        "EMBEDDED_LOG_PATH": str(var / "bus.db"),
    }
    if service == "gateway":
        for name in ("labour", "social_insurance", "job_matching"):
            environment[f"{name.upper()}_URL"] = f"http://127.0.0.1:{DEFAULT_PORTS[name]}"
        environment["TOKEN_SIGNING_KEY"] = _local_signing_key(var)
    return environment


def _local_signing_key(var: Path) -> str:
    """This machine's token signing key, made once and kept beside the data."""
    path = var / "gateway-signing.key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48))
    return path.read_text().strip()


def _run_all(args: argparse.Namespace) -> int:
    var = Path(args.var)
    var.mkdir(parents=True, exist_ok=True)
    children: dict[str, subprocess.Popen[bytes]] = {}
    for service in SERVICE_NAMES:
        environment = {**os.environ, **embedded_environment(var, service)}
        children[service] = subprocess.Popen(
            [sys.executable, "-m", "shared.cli", "serve", "--service", service], env=environment
        )
    print("LabourLink is starting on the embedded default (data in %s):" % var.resolve(), flush=True)
    for service in SERVICE_NAMES:
        print(f"  {service:17} http://127.0.0.1:{DEFAULT_PORTS[service]}/docs", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    if not args.no_demo and not (var / DEMO_KEY_FILE).exists():
        _load_demo(var)
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


DEMO_SCENARIO = "vn-case-journeys"
DEMO_KEY_FILE = "demo-api-key"


def _load_demo(var: Path) -> None:
    """First start: replay the demo scenario and make a demo client of the gateway, so that a
    newcomer sees real records, decisions and KPIs at once."""
    from services.gateway.access.policy import PERSON_DATA, scope
    from shared.bus.embedded import EmbeddedBus
    from shared.scenarios import Scenario, ScenarioFailed, ScenarioRunner, scenario_folder

    async def load() -> None:
        async with httpx.AsyncClient() as http:
            for service in SERVICE_NAMES:
                for _ in range(300):
                    try:
                        if (await http.get(f"http://127.0.0.1:{DEFAULT_PORTS[service]}/readyz")).status_code == 200:
                            break
                    except httpx.TransportError:
                        pass
                    await asyncio.sleep(0.2)
        bus = EmbeddedBus(str(var.resolve() / "bus.db"))
        await bus.start()
        try:
            urls = {name: f"http://127.0.0.1:{DEFAULT_PORTS[name]}" for name in SERVICE_NAMES}
            await ScenarioRunner(urls=urls, bus=bus, timeout_seconds=60).run(Scenario.load(scenario_folder(DEMO_SCENARIO)))
        finally:
            await bus.stop()

    logging.getLogger("httpx").setLevel(logging.WARNING)
    print(f"loading the demo scenario {DEMO_SCENARIO} (first start only)…", flush=True)
    try:
        asyncio.run(load())
    except ScenarioFailed as failure:
        print(f"the demo scenario did not load: {failure}", file=sys.stderr)
        return
    person_data = [scope(category, "read") for category in sorted(PERSON_DATA)]
    enrolled = subprocess.run(
        [sys.executable, "-m", "shared.cli", "partner-client", "--var", str(var), "--agency-code", "DEMO-LABOUR", "--agency-name",
         "Demo labour agency", "--kind", "labour", "--client-id", "demo", "--scopes", "reports:read", "events:read", *person_data],
        capture_output=True, text=True, check=True)
    key = enrolled.stdout.strip().splitlines()[-1]
    (var / DEMO_KEY_FILE).write_text(key + "\n")
    print(f"demo loaded; the demo client's API key is in {var / DEMO_KEY_FILE} (see the README for three calls)", flush=True)


def _migrate(args: argparse.Namespace) -> int:
    from shared.migrations import upgrade_to_head

    upgrade_to_head(load_service(args.service), _settings(args.service, args.var).database_url)
    return 0


def _make_migration(args: argparse.Namespace) -> int:
    from shared.migrations import make_revision, upgrade_to_head

    definition = load_service(args.service)
    url = _settings(args.service, args.var).database_url
    upgrade_to_head(definition, url)
    make_revision(definition, url, args.message)
    return 0


def _replay_publish(args: argparse.Namespace) -> int:
    from shared.replay import publish_file

    count = asyncio.run(publish_file(settings=_settings("gateway", args.var, BusSettings), path=args.file, topic=args.topic))
    print(f"published {count} events from {args.file}")
    return 0


def _replay_scenario(args: argparse.Namespace) -> int:
    from shared.bus import create_bus
    from shared.scenarios import Scenario, ScenarioFailed, ScenarioRunner, scenario_folder

    logging.getLogger("httpx").setLevel(logging.WARNING)
    scenario = Scenario.load(scenario_folder(args.scenario))
    bus_settings = _settings("gateway", args.var, BusSettings)
    urls = {name: os.environ.get(f"{name.upper()}_URL", f"http://127.0.0.1:{DEFAULT_PORTS[name]}") for name in SERVICE_NAMES}

    async def replay() -> list[Any]:
        bus = create_bus(bus_settings)
        await bus.start()
        try:
            return await ScenarioRunner(urls=urls, bus=bus, timeout_seconds=args.timeout).run(scenario, again=args.again)
        finally:
            await bus.stop()

    print(f"{scenario.title}")
    try:
        observations = asyncio.run(replay())
    except ScenarioFailed as failure:
        print(f"  stopped: {failure}", file=sys.stderr)
        return 2
    for observation in observations:
        print(f"  {'holds ' if observation.held else 'FAILS '} {observation.expectation}"
              + ("" if observation.held else f" (saw {observation.observed})"))
    return 0 if all(o.held for o in observations) else 1


def _replay_reset(args: argparse.Namespace) -> int:
    from shared.replay import reset_consumer_group

    definition = load_service(args.service)
    forgotten = asyncio.run(
        reset_consumer_group(
            definition=definition, settings=_settings(args.service, args.var),
            to_time=None if args.to_beginning else args.to_time, rebuild=args.rebuild,
        )
    )
    print(f"reset {definition.consumer_group}; forgot {forgotten} inbox records")
    return 0


def _reemit(args: argparse.Namespace) -> int:
    from shared.runtime import ServiceRuntime

    async def reemit() -> int:
        runtime = ServiceRuntime(load_service(args.service), _settings(args.service, args.var))
        try:
            return await runtime.relay().reemit(since=args.since)
        finally:
            await runtime.engine.dispose()

    print(f"{asyncio.run(reemit())} events will be published again by the relay")
    return 0


def _in_gateway_session(work: Callable[[Any], Awaitable[T]], var: Path) -> T:
    """Run `work(session)` on the gateway's migrated database and commit."""
    from shared.db import create_engine, create_sessionmaker
    from shared.migrations import upgrade_to_head

    definition, settings = load_service("gateway"), _settings("gateway", var)
    upgrade_to_head(definition, settings.database_url)

    async def run() -> T:
        engine = create_engine(settings.database_url)
        try:
            async with create_sessionmaker(engine)() as session:
                result = await work(session)
                await session.commit()
                return result
        finally:
            await engine.dispose()

    return asyncio.run(run())


def _partner_client(args: argparse.Namespace) -> int:
    from services.gateway.partners.schemas import AgencyCreate
    from services.gateway.partners.service import enrol_client
    from shared.problems import Problem

    agency = AgencyCreate(code=args.agency_code, name=args.agency_name, kind=args.kind)
    try:
        secret = _in_gateway_session(lambda session: enrol_client(
            session=session, agency=agency, client_id=args.client_id, client_name=args.client_name or args.client_id,
            scopes=args.scopes, credential_kind=args.credential), args.var)
    except Problem as problem:
        print(f"refused: {problem.detail}", file=sys.stderr)
        return 2
    print(f"client {args.client_id} of {args.agency_code}; its {args.credential.replace('_', ' ')} (shown once):\n{secret}")
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from services.gateway.audit.service import verify_chain

    result = _in_gateway_session(lambda session: verify_chain(session=session, known_head=args.known_head), args.var)
    print(json.dumps(result))
    return 0 if result["intact"] else 1


def _known_head(value: str) -> tuple[int, str]:
    seq, _, digest = value.partition(":")
    if not (seq.isdigit() and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)):
        raise argparse.ArgumentTypeError("expected SEQ:HASH, e.g. 42:<64 hex digits>")
    return int(seq), digest


def _schemas(args: argparse.Namespace) -> int:
    from services.gateway.routing.operations import OPERATIONS_FILE, write_operations
    from shared.events.documents import REPO_ROOT, write_documents

    changed = write_documents([load_service(name) for name in SERVICE_NAMES], check=args.check)
    if write_operations(check=args.check):
        changed.append(OPERATIONS_FILE)
    if changed and args.check:
        print("out of date (run `labourlink schemas`):", *changed, sep="\n  ", file=sys.stderr)
        return 1
    for path in changed:
        print(f"wrote {Path(path).relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
