"""The dead-letter desk over HTTP, as the operator console calls it on a service, and never
reachable by a partner through the gateway."""

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from services.gateway.routing.operations import generated_operations
from services.job_matching.handlers import HANDLERS
from services.job_matching.service import definition as job_matching
from services.registry import SERVICE_NAMES, load_service
from shared.app import openapi_of
from shared.bus.base import ReceivedMessage
from shared.events.catalogue import LABOUR
from shared.events.envelope import CloudEvent
from shared.events.labour import UnemploymentRegistered
from tests.databases import MigratedTemplates
from tests.services import support
from tests.services.gateway.conftest import running_system
from tests.services.gateway.test_routing import counted_upstream_calls
from tests.services.incoming import registration
from tests.shared.messaging.test_dead_letters_cli import broken

PERSON = "079190001234"
DESK = "/operations/dead-letters"
LAN = {"X-Operator": "lan"}


@pytest.fixture
async def matching(migrated_templates: MigratedTemplates, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with support.app_client(
        job_matching, migrated_templates, "sqlite", tmp_path, consumer_max_attempts=2, consumer_backoff_seconds=0.01
    ) as client:
        yield client


async def dead_lettered_registration(client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> str:
    """A registration job matching's consumer failed on (its handler broken while it was consumed)."""
    event = CloudEvent.of(registration(PERSON), source=LABOUR.source, subject=PERSON)
    message = event.to_bus_message(LABOUR.topic)
    runtime = client._transport.app.state.runtime  # type: ignore[attr-defined]
    with monkeypatch.context() as patched:
        patched.setitem(HANDLERS, UnemploymentRegistered.event_type, broken)
        await runtime.consumer().apply(
            [ReceivedMessage(LABOUR.topic, 0, 1, message.key, message.value, message.headers, timestamp_ms=0)]
        )
    return event.id


async def test_the_console_lists_tries_redrives_and_the_second_redrive_is_refused(
    matching: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = await dead_lettered_registration(matching, monkeypatch)

    (listed,) = (await matching.get(DESK)).json()
    assert (listed["event_id"], listed["attempts"]) == (event_id, 2)
    assert listed["error"] == "RuntimeError: the handler is broken"
    shown = (await matching.get(f"{DESK}/{event_id}")).json()
    assert shown["open"] and shown["data"]["national_id"] == PERSON

    # The fix is deployed (the real handler is back): a dry run shows the seeker it would make.
    tried = (await matching.post(f"{DESK}/{event_id}/redrive", params={"dry_run": "true"}, headers=LAN)).json()
    assert tried["outcome"] == "would_apply"
    assert ("INSERT", "seeker_profiles") in {(c["statement"], c["table"]) for c in tried["changes"]}
    assert (await matching.get(f"/seekers/{PERSON}")).status_code == 404

    redriven = await matching.post(f"{DESK}/{event_id}/redrive", headers=LAN)
    assert redriven.status_code == 200 and redriven.json()["outcome"] == "applied"
    assert (await matching.get(f"/seekers/{PERSON}")).json()["status"] == "active"
    again = await matching.post(f"{DESK}/{event_id}/redrive", headers=LAN)
    assert again.status_code == 409 and again.headers["content-type"] == "application/problem+json"
    assert (await matching.get(DESK)).json() == []


async def test_a_discard_needs_a_reason_and_an_operator(
    matching: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id = await dead_lettered_registration(matching, monkeypatch)

    no_reason = await matching.post(f"{DESK}/{event_id}/discard", json={}, headers=LAN)
    assert no_reason.status_code == 422 and no_reason.json()["errors"][0]["field"] == "reason"
    nobody = await matching.post(f"{DESK}/{event_id}/discard", json={"reason": "registered twice"})
    assert nobody.status_code == 422 and nobody.json()["errors"][0]["field"] == "X-Operator"
    unknown = await matching.post(f"{DESK}/no-such-event/discard", json={"reason": "registered twice"}, headers=LAN)
    assert unknown.status_code == 404 and unknown.headers["content-type"] == "application/problem+json"

    discarded = await matching.post(f"{DESK}/{event_id}/discard", json={"reason": "registered twice"}, headers=LAN)
    assert discarded.json()["reason"] == "registered twice"
    assert (await matching.get(DESK)).json() == []
    (resolution,) = (await matching.get(f"{DESK}/{event_id}")).json()["resolutions"]
    assert (resolution["resolution"], resolution["resolved_by"]) == ("discarded", "lan")


def test_no_service_exposes_its_dead_letters_as_a_partner_operation() -> None:
    documents = {name: openapi_of(load_service(name)) for name in SERVICE_NAMES if name != "gateway"}
    assert all(DESK in document["paths"] for document in documents.values())  # every service has the desk
    routed = generated_operations(documents)["operations"]
    assert routed and not [o for o in routed if o["upstream"].startswith("/operations")]


async def test_a_partner_asking_for_dead_letters_is_refused_before_any_service_is_called(
    migrated_templates: MigratedTemplates, tmp_path: Path
) -> None:
    for name in SERVICE_NAMES:
        (tmp_path / name).mkdir()
    async with running_system(migrated_templates, "sqlite", tmp_path) as system:
        key = await system.client("registrations:read", "registrations:write", "seekers:read", "seekers:write")
        with counted_upstream_calls(system) as calls:
            for method, path in [
                ("GET", f"/v1{DESK}"),
                ("GET", f"/v1{DESK}/some-event"),
                ("POST", f"/v1{DESK}/redrive"),
                ("POST", f"/v1{DESK}/some-event/redrive"),
                ("POST", f"/v1{DESK}/some-event/discard"),
            ]:
                response = await system.gateway.request(method, path, headers={"X-API-Key": key, **LAN}, json={})
                assert response.status_code == 404, (path, response.text)
                assert response.headers["content-type"] == "application/problem+json"
        assert calls == []
