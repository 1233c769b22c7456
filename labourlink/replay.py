"""Events again: run a scenario, publish a file of events, move a consumer group back, or re-emit a
service's retained outbox."""

import argparse
import asyncio
import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from labourlink.commands import Commands
from labourlink.settings import bus_settings, internal_issuer, service_settings
from services.registry import DEFAULT_PORTS, SERVICE_NAMES, load_service

REPLAY_COMMANDS = ("publish", "reset", "scenario")


def expand_shorthand(argv: list[str]) -> list[str]:
    """`labourlink replay <scenario>` is `labourlink replay scenario <scenario>`."""
    if len(argv) > 1 and argv[0] == "replay" and argv[1] not in REPLAY_COMMANDS and not argv[1].startswith("-"):
        return [argv[0], "scenario", *argv[1:]]
    return argv


def add_commands(commands: Commands) -> None:
    replay = commands.add_parser("replay", help="run a scenario, publish a file of events, or reset a consumer group")
    replay_commands = commands.nested(replay, dest="replay_command")
    publish = replay_commands.add_parser("publish", help="publish an NDJSON file of CloudEvents onto the bus")
    publish.add_argument("file", type=Path)
    publish.add_argument("--topic", help="topic for every event (default: the catalogue's topic of each type)")
    publish.set_defaults(run=_replay_publish)
    scenario = replay_commands.add_parser(
        "scenario",
        help="run a scenario (a folder, or a name under tests/scenarios) against the running system; "
        "also `replay <scenario>`",
    )
    scenario.add_argument("scenario")
    scenario.add_argument(
        "--again", action="store_true", help="skip the calls marked once: a second replay must change nothing"
    )
    scenario.add_argument("--timeout", type=float, default=120, help="seconds to wait for each expectation")
    scenario.set_defaults(run=_replay_scenario)

    reset = replay_commands.add_parser("reset", help="move a service's consumer group back to replay events")
    reset.add_argument("--service", required=True, choices=SERVICE_NAMES)
    where = reset.add_mutually_exclusive_group(required=True)
    where.add_argument("--to-beginning", action="store_true")
    where.add_argument("--to-time", type=datetime.fromisoformat, help="ISO 8601 time with offset")
    reset.add_argument(
        "--rebuild",
        action="store_true",
        help="also forget the inbox records from that point, so handlers apply the events again",
    )
    reset.set_defaults(run=_replay_reset)

    reemit = commands.add_parser("reemit", help="publish again a service's retained outbox events since a time")
    reemit.add_argument("--service", required=True, choices=SERVICE_NAMES)
    reemit.add_argument("--since", required=True, type=datetime.fromisoformat)
    reemit.set_defaults(run=_reemit)


def _replay_publish(args: argparse.Namespace) -> int:
    from shared.replay import publish_file

    settings = bus_settings(args.var)
    count = asyncio.run(publish_file(settings=settings, path=args.file, topic=args.topic))
    print(f"published {count} events from {args.file}")
    return 0


def _replay_scenario(args: argparse.Namespace) -> int:
    from shared.bus import create_bus
    from shared.scenarios import Scenario, ScenarioFailed, ScenarioRunner, scenario_folder

    logging.getLogger("httpx").setLevel(logging.WARNING)
    scenario = Scenario.load(scenario_folder(args.scenario))
    settings, issuer = bus_settings(args.var), internal_issuer(args.var)
    urls = {
        name: os.environ.get(f"{name.upper()}_URL", f"http://127.0.0.1:{DEFAULT_PORTS[name]}") for name in SERVICE_NAMES
    }

    async def replay() -> list[Any]:
        bus = create_bus(settings)
        await bus.start()
        try:
            runner = ScenarioRunner(urls=urls, bus=bus, timeout_seconds=args.timeout, issuer=issuer)
            return await runner.run(scenario, again=args.again)
        finally:
            await bus.stop()

    print(f"{scenario.title}")
    try:
        observations = asyncio.run(replay())
    except ScenarioFailed as failure:
        print(f"  stopped: {failure}", file=sys.stderr)
        return 2
    for observation in observations:
        print(
            f"  {'holds ' if observation.held else 'FAILS '} {observation.expectation}"
            + ("" if observation.held else f" (saw {observation.observed})")
        )
    return 0 if all(o.held for o in observations) else 1


def _replay_reset(args: argparse.Namespace) -> int:
    from shared.replay import reset_consumer_group

    definition = load_service(args.service)
    forgotten = asyncio.run(
        reset_consumer_group(
            definition=definition,
            settings=service_settings(args.service, args.var),
            to_time=None if args.to_beginning else args.to_time,
            rebuild=args.rebuild,
        )
    )
    print(f"reset {definition.consumer_group}; forgot {forgotten} inbox records")
    return 0


def _reemit(args: argparse.Namespace) -> int:
    from shared.runtime import ServiceRuntime

    async def reemit() -> int:
        runtime = ServiceRuntime(load_service(args.service), service_settings(args.service, args.var))
        try:
            return await runtime.relay().reemit(since=args.since)
        finally:
            await runtime.engine.dispose()

    print(f"{asyncio.run(reemit())} events will be published again by the relay")
    return 0
