"""The gateway as the platform runs it: the only door for partner agencies and centres."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from services.gateway.access.caller import idempotency_owner
from services.gateway.access.rate_limits import RateLimits
from services.gateway.audit.endpoints import router as audit
from services.gateway.console.endpoints import install_console
from services.gateway.console.endpoints import router as console
from services.gateway.documents.endpoints import router as documents
from services.gateway.documents.openapi import partner_openapi
from services.gateway.events.endpoints import router as events
from services.gateway.events.handlers import HANDLERS
from services.gateway.models import Base, messaging
from services.gateway.partners.endpoints import router as partners
from services.gateway.protection import install_protection
from services.gateway.reports.endpoints import router as reports
from services.gateway.routing.endpoints import router as routing
from services.gateway.routing.operations import load_table
from services.gateway.routing.upstream import Upstreams
from services.gateway.settings import GatewaySettings
from services.gateway.traffic import service as traffic
from services.gateway.traffic.counting import flushing, install_counting
from services.gateway.verification.endpoints import router as verification
from shared.internal_credentials import Issuer
from shared.service import ServiceDefinition

UPSTREAM_SERVICES = ("labour", "social_insurance", "job_matching")


@asynccontextmanager
async def upstream_connections(app: FastAPI) -> AsyncIterator[None]:
    """Pooled clients of the services, the rate limits and the operation table for the app's
    lifetime (tests may set app.state.upstream_transports), and the partner traffic counted in
    this process flushed to the database while it runs."""
    settings: GatewaySettings = app.state.settings
    upstreams = Upstreams.connect(
        {name: getattr(settings, f"{name}_url") for name in UPSTREAM_SERVICES},
        timeout_seconds=settings.upstream_timeout_seconds,
        issuer=Issuer(keys=settings.internal_token_keys, subject="gateway"),
        transports=getattr(app.state, "upstream_transports", None),
    )
    app.state.upstreams, app.state.rate_limits = upstreams, RateLimits.in_database(app.state.sessionmaker)
    app.state.operations = load_table(app.routes)
    # The gateway's document is the partner API's: /openapi.json and /docs show every partner operation.
    app.openapi_schema = partner_openapi(gateway=app, table=app.state.operations)
    try:
        async with flushing(app):
            yield
    finally:
        await upstreams.close()


def installed(app: FastAPI) -> None:
    """What the gateway adds to every app: the request protection, the counting of partner calls,
    and the operator console's sessions."""
    install_protection(app)
    install_counting(app)
    install_console(app)


definition = ServiceDefinition(
    name="gateway",
    title="LabourLink Gateway",
    description=(
        "The REST front door for partner agencies and employment service centres: deny by default, scopes per data "
        "category, data minimised per agency kind, every access to a person's data in a hash-chained audit log."
    ),
    metadata=Base.metadata,
    messaging=messaging,
    versions_dir=Path(__file__).parent / "migrations" / "versions",
    # The catch-all partner route goes last.
    routers=[documents, partners, audit, verification, events, reports, console, routing],
    handlers=HANDLERS,
    periodic={"sweep_partner_traffic": traffic.sweep},
    settings_class=GatewaySettings,
    resources=upstream_connections,
    install=installed,
    idempotency_scope=idempotency_owner,
)
