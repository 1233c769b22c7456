"""An HTTP client for a service app in the test process, with its lifespan running."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from shared.internal_credentials import InternalAuth, Issuer

TEST_CALLER = "tests"  # the subject the tests' internal credentials name, as the CLI's name labourlink-cli


@asynccontextmanager
async def service_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Start the app (migrations, bus, workers), yield a client, stop it. A service's client carries
    the internal credential, as the gateway's calls do; the gateway's carries none (partners' tests
    send their own)."""
    audience = app.state.internal_audience
    issuer = Issuer(keys=app.state.settings.internal_token_keys, subject=TEST_CALLER)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport,
            base_url="http://test",
            auth=InternalAuth(issuer, audience=audience) if audience else None,
        ) as client:
            yield client
