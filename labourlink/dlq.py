"""Dead letters: list, show, re-drive or discard the events a service's consumer gave up on,
out of process against the service's database and bus (as the replay commands work)."""

import argparse
import asyncio
import getpass
import json
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel

from labourlink.commands import Commands
from labourlink.settings import service_settings
from services.registry import SERVICE_NAMES, load_service

if TYPE_CHECKING:
    from shared.messaging.dead_letters.service import DeadLetterSource
    from shared.problems import Problem

T = TypeVar("T")
_ERROR_WIDTH = 60


def add_commands(commands: Commands) -> None:
    dlq = commands.add_parser("dlq", help="a service's dead letters: list, show, re-drive or discard them")
    dlq_commands = commands.nested(dlq, dest="dlq_command")

    def command(name: str, help: str, run: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
        parser = dlq_commands.add_parser(name, help=help)
        parser.add_argument("--service", required=True, choices=SERVICE_NAMES)
        parser.add_argument("--json", action="store_true", help="print JSON for scripts instead of a table")
        parser.set_defaults(run=run)
        return parser

    listing = command("list", "the open dead letters, in the order they were consumed", _list)
    _add_filters(listing)

    show = command("show", "one dead letter: payload, headers, error and what became of it", _show)
    show.add_argument("event_id")

    redrive = command("redrive", "apply dead letters with the service's handler, once each", _redrive)
    redrive.add_argument("event_id", nargs="?", help="the one to re-drive (or give a filter, or --all)")
    _add_filters(redrive)
    redrive.add_argument("--all", action="store_true", help="every open dead letter of the service")
    redrive.add_argument(
        "--dry-run", action="store_true", help="apply in a transaction that is rolled back; print what would change"
    )
    redrive.add_argument("--by", help="who re-drives (default: the login name)")

    discard = command("discard", "close a dead letter without applying it; the reason is kept", _discard)
    discard.add_argument("event_id")
    discard.add_argument("--reason", required=True)
    discard.add_argument("--by", help="who discards (default: the login name)")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--event-type", help="e.g. labour.termination.recorded.v1")
    parser.add_argument("--topic", help="the topic it was consumed from, e.g. labourlink.labour")


def on_dead_letters(args: argparse.Namespace, work: Callable[["DeadLetterSource"], Awaitable[T]]) -> T:
    """Run `work` on the service's dead letters, with its migrated database and its bus."""
    from shared.messaging.dead_letters.service import source_of
    from shared.migrations import upgrade_to_head
    from shared.runtime import ServiceRuntime

    definition, settings = load_service(args.service), service_settings(args.service, args.var)
    upgrade_to_head(definition, settings.database_url)

    async def run() -> T:
        runtime = ServiceRuntime(definition, settings)
        await runtime.start(workers=False)
        try:
            return await work(source_of(runtime))
        finally:
            await runtime.stop()

    return asyncio.run(run())


def _list(args: argparse.Namespace) -> int:
    from shared.messaging.dead_letters.service import list_dead_letters

    letters = on_dead_letters(
        args, lambda source: list_dead_letters(source=source, event_type=args.event_type, topic=args.topic)
    )
    if args.json:
        _print_json(letters)
    else:
        _print_table(
            ["EVENT ID", "TYPE", "ATTEMPTS", "DEAD-LETTERED AT", "ERROR"],
            [
                [
                    letter.event_id,
                    letter.event_type,
                    "?" if letter.attempts is None else str(letter.attempts),
                    letter.dead_lettered_at.isoformat(timespec="seconds"),
                    _first_line(letter.error),
                ]
                for letter in letters
            ],
        )
        print(f"{len(letters)} open dead letters of {args.service}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from shared.messaging.dead_letters.service import show_dead_letter
    from shared.problems import Problem

    try:
        letter = on_dead_letters(args, lambda source: show_dead_letter(source=source, event_id=args.event_id))
    except Problem as problem:
        return _refused(problem)
    if args.json:
        _print_json(letter)
        return 0
    state = "open" if letter.open else ", ".join(f"{r.resolution} by {r.resolved_by}" for r in letter.resolutions)
    for label, value in (
        ("event", f"{letter.event_id} ({letter.event_type})"),
        ("state", state),
        ("consumed from", f"{letter.topic} partition {letter.partition} offset {letter.offset}"),
        ("dead-lettered", f"{letter.dead_lettered_at.isoformat(timespec='seconds')} after {letter.attempts} attempts"),
        ("error", letter.error or ""),
    ):
        print(f"{label + ':':15}{value}")
    for resolution in letter.resolutions:
        reason = f": {resolution.reason}" if resolution.reason else ""
        print(
            f"{'resolution:':15}{resolution.resolution} by {resolution.resolved_by} at {resolution.resolved_at}{reason}"
        )
    print("headers:")
    for name, value in letter.headers.items():
        print(f"  {name}: {value}")
    print("data:")
    print(json.dumps(letter.data, indent=2, ensure_ascii=False))
    return 0


def _redrive(args: argparse.Namespace) -> int:
    from shared.messaging.dead_letters.schemas import RedriveOutcome
    from shared.messaging.dead_letters.service import redrive_dead_letters
    from shared.problems import Problem

    chosen = [args.event_id is not None, args.event_type is not None or args.topic is not None, args.all]
    if sum(chosen) != 1:
        print("labourlink: give one event id, a filter (--event-type, --topic), or --all", file=sys.stderr)
        return 2
    try:
        results = on_dead_letters(
            args,
            lambda source: redrive_dead_letters(
                source=source,
                operator=_operator(args),
                event_id=args.event_id,
                event_type=args.event_type,
                topic=args.topic,
                dry_run=args.dry_run,
            ),
        )
    except Problem as problem:
        return _refused(problem)
    if args.json:
        _print_json(results)
    else:
        for result in results:
            print(
                f"{result.event_id} {result.event_type}: {result.outcome}"
                + (f" ({result.error})" if result.error else "")
            )
            for change in result.changes:
                print(f"  {change.statement} {change.table}: {change.rows} rows")
        print(f"{len(results)} dead letters {'tried (rolled back)' if args.dry_run else 're-driven'}")
    succeeded = {RedriveOutcome.applied, RedriveOutcome.would_apply, RedriveOutcome.not_open}
    return 0 if all(r.outcome in succeeded for r in results) else 1


def _discard(args: argparse.Namespace) -> int:
    from shared.messaging.dead_letters.service import discard_dead_letter
    from shared.problems import Problem

    try:
        resolution = on_dead_letters(
            args,
            lambda source: discard_dead_letter(
                source=source, event_id=args.event_id, operator=_operator(args), reason=args.reason
            ),
        )
    except Problem as problem:
        return _refused(problem)
    if args.json:
        _print_json(resolution)
    else:
        print(f"discarded {args.event_id} by {resolution.resolved_by}: {resolution.reason}")
    return 0


def _operator(args: argparse.Namespace) -> str:
    """Who acts: --by, or the login name (a container may have none)."""
    try:
        return str(args.by or getpass.getuser())
    except (KeyError, OSError):
        return "unknown"


def _refused(problem: "Problem") -> int:
    print(f"labourlink: {problem.detail}", file=sys.stderr)
    return 1


def _first_line(text: str | None) -> str:
    line = (text or "").splitlines()[0] if text else ""
    return line if len(line) <= _ERROR_WIDTH else line[: _ERROR_WIDTH - 1] + "…"


def _print_json(value: BaseModel | Sequence[BaseModel]) -> None:
    document = (
        [v.model_dump(mode="json") for v in value] if isinstance(value, Sequence) else value.model_dump(mode="json")
    )
    print(json.dumps(document, indent=2, ensure_ascii=False))


def _print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    for row in (header, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
