"""Administration of the gateway: its partner agencies' clients and the check of its audit log."""

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from labourlink.commands import Commands
from labourlink.settings import service_settings
from services.registry import load_service

T = TypeVar("T")


def add_commands(commands: Commands) -> None:
    partner = commands.add_parser(
        "partner-client", help="gateway: register an agency's client and print its first credential"
    )
    partner.add_argument("--agency-code", required=True)
    partner.add_argument("--agency-name", required=True)
    partner.add_argument("--kind", required=True, help="labour, social_insurance, employment_service_centre, tax, …")
    partner.add_argument("--client-id", required=True)
    partner.add_argument("--client-name", default="")
    partner.add_argument("--scopes", nargs="+", required=True, help="e.g. terminations:read events:read")
    partner.add_argument("--credential", choices=["api_key", "client_secret"], default="api_key")
    partner.set_defaults(run=_partner_client)

    audit = commands.add_parser("audit-verify", help="gateway: check the audit log's hash chain")
    audit.add_argument(
        "--known-head",
        type=_known_head,
        metavar="SEQ:HASH",
        help="head_seq:head_hash an earlier verification printed; finds a truncation since",
    )
    audit.set_defaults(run=_audit_verify)


def in_gateway_session(work: Callable[[Any], Awaitable[T]], var: Path) -> T:
    """Run `work(session)` on the gateway's migrated database and commit."""
    from shared.db import create_engine, create_sessionmaker
    from shared.migrations import upgrade_to_head

    definition, settings = load_service("gateway"), service_settings("gateway", var)
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


def enrol(
    *,
    var: Path,
    agency_code: str,
    agency_name: str,
    kind: str,
    client_id: str,
    scopes: list[str],
    client_name: str = "",
    credential: str = "api_key",
) -> str:
    """Register an agency's client (and the agency when it is new); the client's first secret."""
    from services.gateway.partners.schemas import AgencyCreate
    from services.gateway.partners.service import enrol_client
    from services.gateway.settings import GatewaySettings

    agency = AgencyCreate(code=agency_code, name=agency_name, kind=kind)
    settings = service_settings("gateway", var)
    assert isinstance(settings, GatewaySettings)
    return in_gateway_session(
        lambda session: enrol_client(
            session=session,
            agency=agency,
            client_id=client_id,
            client_name=client_name or client_id,
            scopes=scopes,
            credential_kind=credential,
            hash_key=settings.credential_key,
        ),
        var,
    )


def _partner_client(args: argparse.Namespace) -> int:
    from shared.problems import Problem

    try:
        secret = enrol(
            var=args.var,
            agency_code=args.agency_code,
            agency_name=args.agency_name,
            kind=args.kind,
            client_id=args.client_id,
            client_name=args.client_name,
            scopes=args.scopes,
            credential=args.credential,
        )
    except Problem as problem:
        print(f"refused: {problem.detail}", file=sys.stderr)
        return 2
    credential = args.credential.replace("_", " ")
    print(f"client {args.client_id} of {args.agency_code}; its {credential} (shown once):\n{secret}")
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from services.gateway.audit.service import verify_chain

    result = in_gateway_session(lambda session: verify_chain(session=session, known_head=args.known_head), args.var)
    print(json.dumps(result))
    return 0 if result["intact"] else 1


def _known_head(value: str) -> tuple[int, str]:
    seq, _, digest = value.partition(":")
    if not (seq.isdigit() and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)):
        raise argparse.ArgumentTypeError("expected SEQ:HASH, e.g. 42:<64 hex digits>")
    return int(seq), digest
