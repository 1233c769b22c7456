"""The gateway in front of the three services, all in this process on their own databases."""

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from services.gateway.partners.repository import ClientRepository
from services.gateway.partners.schemas import AgencyCreate
from services.gateway.partners.service import enrol_client
from services.gateway.service import definition as gateway
from services.job_matching.service import definition as job_matching
from services.labour.service import definition as labour
from services.social_insurance.service import definition as social_insurance
from tests.conftest import DATABASES
from tests.databases import MigratedTemplates
from tests.infrastructure import KAFKA_BOOTSTRAP_SERVERS, require_kafka
from tests.services import support

SIGNING_KEY = "test-signing-key-0123456789abcdefghijklmnopqrstuvwxyz"
UPSTREAM_URLS = {
    "labour_url": "http://labour",
    "social_insurance_url": "http://social-insurance",
    "job_matching_url": "http://job-matching",
}


@dataclass
class System:
    """The gateway and, for setting up data, direct clients of the services."""

    gateway: httpx.AsyncClient
    labour: httpx.AsyncClient
    social_insurance: httpx.AsyncClient
    job_matching: httpx.AsyncClient

    async def client(
        self,
        *scopes: str,
        kind: str = "labour",
        agency: str | None = None,
        client_id: str | None = None,
        credential: str = "api_key",
        rate_limit: int | None = None,
    ) -> str:
        """Register a client of an agency of this kind with these scopes; returns its credential."""
        agency = agency or f"{kind.upper()}-1"
        client_id = client_id or f"{agency.lower()}-{len(scopes)}-{abs(hash(scopes)) % 10**6}"
        async with support.sessionmaker_of(self.gateway)() as session:
            secret = await enrol_client(
                session=session,
                agency=AgencyCreate(code=agency, name=f"{kind} agency", kind=kind),
                client_id=client_id,
                client_name=client_id,
                scopes=list(scopes),
                credential_kind=credential,
            )
            if rate_limit is not None:
                registered = await ClientRepository(session).one_by(client_id=client_id)
                assert registered is not None
                registered.rate_limit_per_minute = rate_limit
            await session.commit()
        return secret


@asynccontextmanager
async def running_system(
    templates: MigratedTemplates, backend: str, tmp_path: Path, *, bus: str = "embedded", **gateway_settings: Any
) -> AsyncIterator[System]:
    """The three services and the gateway routing to them in-process, each on its own embedded
    log or all on the Kafka broker."""
    on_the_bus: dict[str, Any] = {}
    if bus == "kafka":
        await require_kafka()
        on_the_bus = {"bus_backend": "kafka", "kafka_bootstrap_servers": KAFKA_BOOTSTRAP_SERVERS}
    async with AsyncExitStack() as stack:
        services = {}
        for definition in (labour, social_insurance, job_matching):
            services[definition.name] = await stack.enter_async_context(
                support.app_client(definition, templates, backend, tmp_path / definition.name, **on_the_bus)
            )
        transports = {name: httpx.ASGITransport(app=client._transport.app) for name, client in services.items()}  # type: ignore[attr-defined]
        gateway_client = await stack.enter_async_context(
            support.app_client(
                gateway,
                templates,
                backend,
                tmp_path / "gateway",
                state={"upstream_transports": transports},
                token_signing_key=SIGNING_KEY,
                **{**UPSTREAM_URLS, **on_the_bus, **gateway_settings},
            )
        )
        yield System(gateway_client, services["labour"], services["social_insurance"], services["job_matching"])


@pytest.fixture(params=DATABASES)
async def system(
    request: pytest.FixtureRequest, migrated_templates: MigratedTemplates, tmp_path: Path
) -> AsyncIterator[System]:
    """Labour, social insurance, job matching and the gateway, on SQLite and on PostgreSQL."""
    for name in ("labour", "social_insurance", "job_matching", "gateway"):
        (tmp_path / name).mkdir()
    async with running_system(migrated_templates, request.param, tmp_path) as started:
        yield started
