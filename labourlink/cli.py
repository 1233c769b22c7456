"""The `labourlink` command: run services and workers, migrate, replay events, re-drive dead letters, export
schemas."""

import argparse
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from labourlink import backup, dlq, gateway, migrations, replay, run, schemas
from labourlink.commands import Commands
from labourlink.settings import DEFAULT_VAR, SettingMissing
from shared.logging import configure_logging


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `labourlink` command."""
    argv = replay.expand_shorthand(list(sys.argv[1:] if argv is None else argv))
    # Every command takes --var: the embedded system it works on when the environment names none.
    var = argparse.ArgumentParser(add_help=False)
    var.add_argument(
        "--var",
        default=DEFAULT_VAR,
        type=Path,
        help=f"the embedded system's data folder (default {DEFAULT_VAR}); settings in the environment win",
    )
    parser = argparse.ArgumentParser(prog="labourlink", description=__doc__)
    commands = Commands(parser.add_subparsers(dest="command", required=True), parents=[var])
    for group in (run, migrations, replay, backup, dlq, gateway, schemas):  # in this order in --help
        group.add_commands(commands)

    args = parser.parse_args(argv)
    configure_logging(os.environ.get("LOG_LEVEL", "INFO"))
    try:
        return int(args.run(args) or 0)
    except SettingMissing as missing:
        print(f"labourlink: {missing}", file=sys.stderr)
        return 2
    except ValidationError as error:  # the command's own input, e.g. an agency code too short
        problems = (f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in error.errors())
        print("labourlink: " + "; ".join(problems), file=sys.stderr)
        return 2
