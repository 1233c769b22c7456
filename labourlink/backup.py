"""A lost database: back a service's PostgreSQL up, restore it, and bring it level from the topics.

A restored database is behind the bus: its inbox says how far it had applied each partition it
consumes. `catch-up` moves the service's consumer group to just after that, partition by partition,
so the consumer applies again everything that came after the backup and nothing before it (a
partition is consumed in order, so this is exact, where a reset to the backup's time is not: an
event published before the dump and consumed after it would be skipped). What it records again on
the way takes the same ids as the first time (shared/messaging/outbox.py), so the services
downstream skip it. docs/runbook.md, "Recovering a lost database", says when and how.
"""

import argparse
import asyncio
import glob
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

from labourlink.commands import Commands
from labourlink.settings import service_settings
from services.registry import SERVICE_NAMES, load_service
from shared.service import ServiceDefinition
from shared.settings import ServiceSettings

# Debian installs one folder per major version (deploy/local/postgres.sh starts the newest).
_DEBIAN_CLIENTS = "/usr/lib/postgresql/*/bin"


class RecoveryRefused(Exception):
    """A backup, restore or catch-up that would lose or damage data; the message says why and what to do."""


def add_commands(commands: Commands) -> None:
    backup = commands.add_parser("backup", help="dump a service's PostgreSQL database (pg_dump, custom format)")
    backup.add_argument("--service", required=True, choices=SERVICE_NAMES)
    backup.add_argument("--to", required=True, type=Path, help="the dump file to write")
    backup.set_defaults(run=_backup)

    restore = commands.add_parser(
        "restore", help="restore a service's database from a dump, then catch its consumer group up"
    )
    restore.add_argument("--service", required=True, choices=SERVICE_NAMES)
    restore.add_argument("--from", dest="source", required=True, type=Path, help="a dump `labourlink backup` wrote")
    restore.add_argument(
        "--replace", action="store_true", help="drop and recreate the database when it is not empty (its rows are lost)"
    )
    restore.add_argument(
        "--no-catch-up", action="store_true", help="leave the consumer group where it is (run `catch-up` later)"
    )
    _consuming_since(restore)
    restore.set_defaults(run=_restore)

    catch_up = commands.add_parser(
        "catch-up",
        help="move a service's consumer group to just after the events its (restored) inbox applied; "
        "stop its consumers first",
    )
    catch_up.add_argument("--service", required=True, choices=SERVICE_NAMES)
    _consuming_since(catch_up)
    catch_up.set_defaults(run=_catch_up)


def _consuming_since(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--consuming-since",
        type=datetime.fromisoformat,
        help="when the service began consuming (ISO 8601 with offset): a partition its inbox has no "
        "record of is read from there (default: from its earliest retained event)",
    )


def client_program(name: str) -> str:
    """pg_dump or pg_restore of the newest PostgreSQL Debian installed, else the one on PATH."""
    installed = sorted(glob.glob(f"{_DEBIAN_CLIENTS}/{name}"), key=lambda path: _major(Path(path).parent.parent.name))
    found = installed[-1] if installed else shutil.which(name)
    if found is None:
        raise RecoveryRefused(f"{name} is not installed (apt-get install postgresql-client)")
    return found


def _major(version: str) -> int:
    return int(version) if version.isdigit() else -1


def _postgres(database_url: str) -> URL:
    url = make_url(database_url)
    if not url.drivername.startswith("postgresql") or not url.database:
        raise RecoveryRefused(
            f"{url.render_as_string(hide_password=True)} is not a PostgreSQL database: an embedded "
            "(SQLite) system is backed up by copying var/ while it is stopped"
        )
    return url


def _run_client(program: str, url: URL, *arguments: str) -> None:
    """Run a PostgreSQL client against `url`'s server; the password goes in the environment, never argv."""
    environment = dict(os.environ)
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
    command = [
        client_program(program),
        f"--host={url.host or '127.0.0.1'}",
        f"--port={url.port or 5432}",
        f"--username={url.username or 'postgres'}",
        *arguments,
    ]
    result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RecoveryRefused(f"{program} failed: {result.stderr.strip()}")


def backup(*, database_url: str, to: Path) -> None:
    """Dump the database, in one consistent snapshot, to a custom-format file (pg_restore reads it)."""
    url = _postgres(database_url)
    _run_client("pg_dump", url, "--format=custom", f"--file={to}", f"--dbname={url.database}")


async def restore(*, database_url: str, source: Path, replace: bool) -> None:
    """Load a dump into the database, which must be empty or missing; with `replace`, a database that
    is not empty is dropped and recreated first. All of the dump is restored or none of it."""
    url = _postgres(database_url)
    if not source.is_file():
        raise RecoveryRefused(f"no dump at {source}")
    tables = await _tables_in(url)
    if tables and not replace:
        raise RecoveryRefused(
            f"database {url.database} is not empty ({len(tables)} tables, e.g. {sorted(tables)[0]}): "
            "restore goes into an empty database; give --replace to drop and recreate it, losing its rows"
        )
    if tables is None or tables:
        await _recreate(url)
    _run_client("pg_restore", url, f"--dbname={url.database}", "--single-transaction", "--exit-on-error", str(source))


async def _tables_in(url: URL) -> list[str] | None:
    """The tables in the database; None when there is no such database."""
    async with _maintenance(url) as server:
        if not await server.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}):
            return None
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    finally:
        await engine.dispose()


async def _recreate(url: URL) -> None:
    async with _maintenance(url) as server:
        name = server.dialect.identifier_preparer.quote(str(url.database))
        await server.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        await server.exec_driver_sql(f"CREATE DATABASE {name}")


@asynccontextmanager
async def _maintenance(url: URL) -> AsyncIterator[AsyncConnection]:
    """A connection to the server's `postgres` database, outside any transaction (CREATE DATABASE needs it)."""
    engine = create_async_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            yield connection
    finally:
        await engine.dispose()


async def catch_up(
    *, definition: ServiceDefinition, settings: ServiceSettings, consuming_since: datetime | None = None
) -> dict[tuple[str, int], int]:
    """Move the service's consumer group to just after the newest event of each partition its inbox
    records; partitions it has no record of to `consuming_since` (or their earliest retained event).
    Returns the positions. The service's consumers must be stopped, as for any offset reset.

    Refused, with nothing moved, when a partition no longer holds the events after the inbox's
    newest (the topic's retention is shorter than the backup's age, or the topic was recreated)."""
    from shared.bus import create_bus
    from shared.bus.kafka import KafkaBus
    from shared.db import create_engine, create_sessionmaker
    from shared.messaging.inbox import applied_positions

    if not definition.handlers:
        return {}
    engine = create_engine(settings.database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            applied = await applied_positions(session, definition.messaging.inbox, definition.consumer_group)
    finally:
        await engine.dispose()
    bus = create_bus(settings)
    if not isinstance(bus, KafkaBus):
        raise RecoveryRefused(
            "catch-up moves a Kafka consumer group; an embedded system is restored whole (var/), bus and databases"
        )
    await bus.start()
    try:
        retained = await bus.retained_offsets(definition.consumed_topics)
        if consuming_since is None:
            first = {partition: start for partition, (start, _) in retained.items()}
        else:
            first = await bus.offsets_at(definition.consumed_topics, consuming_since)
        lost = _not_retained(applied, retained)
        if lost:
            raise RecoveryRefused(
                f"events the restored database has not applied are no longer on the bus ({'; '.join(lost)}): "
                "restore a newer backup (the topics' retention must exceed the backup interval)"
            )
        positions = {
            partition: applied[partition] + 1 if partition in applied else first[partition] for partition in retained
        }
        await bus.move_group(group_id=definition.consumer_group, positions=positions)
    finally:
        await bus.stop()
    return positions


def _not_retained(applied: dict[tuple[str, int], int], retained: dict[tuple[str, int], tuple[int, int]]) -> list[str]:
    """The partitions whose events after the newest applied one are not all on the bus any more."""
    lost = []
    for (topic, partition), offset in sorted(applied.items()):
        if (topic, partition) not in retained:
            lost.append(f"{topic}[{partition}] is gone")
            continue
        start, end = retained[(topic, partition)]
        if not start <= offset + 1 <= end:
            lost.append(f"{topic}[{partition}] applied up to offset {offset}, the bus holds {start} to {end - 1}")
    return lost


def _backup(args: argparse.Namespace) -> int:
    settings = service_settings(args.service, args.var)
    try:
        backup(database_url=settings.database_url, to=args.to)
    except RecoveryRefused as refused:
        return _refused(refused)
    print(f"{args.service}: database dumped to {args.to}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    settings = service_settings(args.service, args.var)
    try:
        asyncio.run(restore(database_url=settings.database_url, source=args.source, replace=args.replace))
    except RecoveryRefused as refused:
        return _refused(refused)
    print(f"{args.service}: database restored from {args.source}")
    if args.no_catch_up:
        print(f"before its consumers start: labourlink catch-up --service {args.service}")
        return 0
    return _catch_up(args)


def _catch_up(args: argparse.Namespace) -> int:
    definition = load_service(args.service)
    try:
        positions = asyncio.run(
            catch_up(
                definition=definition,
                settings=service_settings(args.service, args.var),
                consuming_since=args.consuming_since,
            )
        )
    except RecoveryRefused as refused:
        return _refused(refused)
    print(
        f"{definition.consumer_group}: {len(positions)} partitions placed after the events the inbox applied; "
        "start the service: its consumer applies the rest"
    )
    return 0


def _refused(refused: RecoveryRefused) -> int:
    print(f"labourlink: {refused}", file=sys.stderr)
    return 2
