"""The service application: operations endpoints, problem+json, one commit per request."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import Column, Integer, String, Table, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from shared.app import create_service_app
from shared.db import create_engine, request_session, service_metadata
from shared.messaging.tables import messaging_tables
from shared.problems import NotFound
from shared.service import ServiceDefinition
from shared.settings import ServiceSettings
from tests.services.client import service_client

metadata = service_metadata()
messaging = messaging_tables(metadata)
things = Table("things", metadata, Column("id", Integer, primary_key=True), Column("name", String(20), unique=True))
router = APIRouter()


class NewThing(BaseModel):
    name: str = Field(min_length=2, max_length=20)


@router.post("/things", status_code=201)
async def add_thing(body: NewThing, session: AsyncSession = Depends(request_session)) -> dict[str, str]:
    # Not flushed here: a duplicate name is refused only when the request's session commits.
    await session.execute(things.insert().values(name=body.name))
    return {"name": body.name}


@router.get("/things/{name}")
async def get_thing(name: str, session: AsyncSession = Depends(request_session)) -> dict[str, str]:
    if await session.scalar(select(things.c.id).where(things.c.name == name)) is None:
        raise NotFound(f"no thing named {name}")
    return {"name": name}


@pytest.fixture
async def client(database_url: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    engine = create_engine(database_url)
    async with engine.begin() as connection:
        await connection.run_sync(metadata.create_all)
    await engine.dispose()
    (tmp_path / "versions").mkdir()
    definition = ServiceDefinition(
        name="things",
        title="Things",
        description="test",
        metadata=metadata,
        messaging=messaging,
        versions_dir=tmp_path / "versions",
        routers=[router],
    )
    settings = ServiceSettings(
        database_url=database_url,
        bus_backend="embedded",
        embedded_log_path=str(tmp_path / "bus.db"),
    )
    async with service_client(create_service_app(definition, settings)) as started:
        yield started


async def test_health_readiness_and_metrics(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok", "service": "things"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "bus": "ok"}
    metrics = await client.get("/metrics")
    assert 'labourlink_http_requests_total{method="GET",route="/readyz",service="things",status="200"}' in metrics.text


async def test_a_conflict_found_at_commit_is_an_error_not_a_success(client: httpx.AsyncClient) -> None:
    assert (await client.post("/things", json={"name": "lamp"})).status_code == 201
    duplicate = await client.post("/things", json={"name": "lamp"})
    assert duplicate.status_code == 409
    assert duplicate.headers["content-type"] == "application/problem+json"
    app = client._transport.app  # type: ignore[attr-defined]
    async with app.state.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(things)) == 1


async def test_invalid_input_names_the_field_and_the_rule(client: httpx.AsyncClient) -> None:
    response = await client.post("/things", json={"name": "x"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["errors"] == [
        {"field": "name", "rule": "string_too_short", "message": "String should have at least 2 characters"}
    ]


async def test_expected_errors_carry_their_status(client: httpx.AsyncClient) -> None:
    response = await client.get("/things/none")
    assert response.status_code == 404
    assert response.json()["detail"] == "no thing named none"
    assert (await client.get("/nowhere")).headers["content-type"] == "application/problem+json"
