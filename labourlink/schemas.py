"""The generated documents: event JSON Schemas, the AsyncAPI document and the gateway's operation table."""

import argparse
import sys
from pathlib import Path

from labourlink.commands import Commands
from services.registry import SERVICE_NAMES, load_service


def add_commands(commands: Commands) -> None:
    schemas = commands.add_parser("schemas", help="write the event JSON Schemas and the AsyncAPI document")
    schemas.add_argument("--check", action="store_true", help="fail if the committed files differ")
    schemas.set_defaults(run=_schemas)


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
