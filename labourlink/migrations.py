"""A service's database schema: upgrade it, or autogenerate the next migration."""

import argparse

from labourlink.commands import Commands
from labourlink.settings import service_settings
from services.registry import SERVICE_NAMES, load_service


def add_commands(commands: Commands) -> None:
    migrate = commands.add_parser("migrate", help="upgrade a service's database to the newest migration")
    migrate.add_argument("--service", required=True, choices=SERVICE_NAMES)
    migrate.set_defaults(run=_migrate)

    revision = commands.add_parser("makemigration", help="autogenerate a migration for a service")
    revision.add_argument("--service", required=True, choices=SERVICE_NAMES)
    revision.add_argument("-m", "--message", required=True)
    revision.set_defaults(run=_make_migration)


def _migrate(args: argparse.Namespace) -> int:
    from shared.migrations import upgrade_to_head

    upgrade_to_head(load_service(args.service), service_settings(args.service, args.var).database_url)
    return 0


def _make_migration(args: argparse.Namespace) -> int:
    from shared.migrations import make_revision, upgrade_to_head

    definition = load_service(args.service)
    url = service_settings(args.service, args.var).database_url
    upgrade_to_head(definition, url)
    make_revision(definition, url, args.message)
    return 0
