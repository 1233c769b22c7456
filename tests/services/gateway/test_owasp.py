"""The OWASP API Security Top 10 (2023) risks that no other module's tests cover; docs/security.md
maps every risk to the tests that hold the gateway to it, here and elsewhere."""

import asyncio
import json
from typing import Any

import httpx
import structlog
from starlette.types import Message, Receive, Scope, Send
from structlog.testing import capture_logs

from services.gateway.partners.repository import CredentialRepository
from services.gateway.protection import HSTS, BodyLimit
from services.labour.employers.schemas import EmployerCreate
from services.registry import SERVICE_NAMES, load_service
from shared.app import create_service_app
from shared.problems import PROBLEM_MEDIA_TYPE
from tests.services import support
from tests.services.gateway.conftest import System


def _request_bodies(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(operation, media type, schema) of every JSON object a request body or an NDJSON line holds."""
    components = document.get("components", {}).get("schemas", {})
    bodies = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for media_type, content in operation.get("requestBody", {}).get("content", {}).items():
                reference = content.get("schema", {}).get("$ref")
                if "json" in media_type and reference:
                    bodies.append((f"{method.upper()} {path}", media_type, components[reference.split("/")[-1]]))
    return bodies


def test_api3_every_request_body_of_every_app_refuses_unknown_fields() -> None:
    """So a client cannot set `id`, `status` or `created_at` by sending them: an unknown field is a 422."""
    lenient = []
    for name in SERVICE_NAMES:
        definition = load_service(name)
        document = create_service_app(definition, definition.settings_class.model_construct()).openapi()
        bodies = _request_bodies(document)
        assert bodies, name
        lenient += [
            (name, op, media) for op, media, schema in bodies if schema.get("additionalProperties") is not False
        ]
    assert lenient == []


async def test_api3_a_partner_cannot_set_a_records_id_status_or_creation_time(system: System) -> None:
    key = {"X-API-Key": await system.client("employers:write")}
    (employer,) = EmployerCreate.model_config["json_schema_extra"]["examples"]  # type: ignore[index]
    for field, value in (("id", 1), ("status", "closed"), ("created_at", "2020-01-01T00:00:00Z")):
        through_gateway = await system.gateway.post("/v1/employers", json={**employer, field: value}, headers=key)
        assert through_gateway.status_code == 422, through_gateway.text
        assert field in through_gateway.text
        # The service holds to it too, whoever calls it.
        direct = await system.labour.post("/employers", json={**employer, field: value})
        assert direct.status_code == 422
        assert [(e["field"], e["rule"]) for e in direct.json()["errors"]] == [(field, "extra_forbidden")]


async def test_api2_an_api_key_is_stored_hashed_and_never_logged(system: System) -> None:
    with capture_logs(processors=[structlog.contextvars.merge_contextvars]) as logs:
        key = await system.client("employers:read", client_id="hashed")
        assert (await system.gateway.get("/v1/employers", headers={"X-API-Key": key})).status_code == 200
        assert (await system.gateway.get("/v1/employers", headers={"X-API-Key": key + "x"})).status_code == 401
    lookup, secret = key.split(".")
    async with support.sessionmaker_of(system.gateway)() as session:
        stored = await CredentialRepository(session).live_by_lookup(lookup)
    assert stored is not None and secret not in stored[0].secret_hash
    assert not [entry for entry in logs if secret in json.dumps(entry, default=str)]


async def test_api8_answers_carry_the_security_headers_and_no_cors(system: System) -> None:
    key = {"X-API-Key": await system.client("employers:read"), "Origin": "https://evil.example"}
    answer = await system.gateway.get("/v1/employers", headers=key)
    assert answer.status_code == 200
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["cache-control"] == "no-store"  # people's data is not kept by caches
    assert "strict-transport-security" not in answer.headers  # plain HTTP: HSTS would mean nothing
    assert not [name for name in answer.headers if name.startswith("access-control-")]
    preflight = await system.gateway.options(
        "/v1/employers", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert not [name for name in preflight.headers if name.startswith("access-control-")]

    over_tls = httpx.AsyncClient(transport=system.gateway._transport, base_url="https://gateway")
    answer = await over_tls.get("/v1/employers", headers=key)
    assert answer.headers["strict-transport-security"] == HSTS


async def test_api8_errors_tell_no_stack_trace_and_no_version(system: System) -> None:
    key = {"X-API-Key": await system.client("employers:read")}
    upstreams = system.gateway._transport.app.state.upstreams  # type: ignore[attr-defined]

    def crash(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("a bug in /srv/labourlink/services/gateway at line 12")

    upstreams.clients = {
        **upstreams.clients,
        "labour": httpx.AsyncClient(base_url="http://labour", transport=httpx.MockTransport(crash)),
    }
    # As a server answers: an unexpected error becomes a 500, not an exception in the test.
    served = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=system.gateway._transport.app, raise_app_exceptions=False),  # type: ignore[attr-defined]
        base_url="http://gateway",
    )
    answers = [
        await served.get("/v1/no-such-operation", headers=key),
        await served.get("/v1/employers", params={"limit": "many"}, headers=key),
        await served.get("/v1/employers", headers={"X-API-Key": "forged.key"}),
        await served.get("/v1/employers", headers=key),
    ]
    assert [answer.status_code for answer in answers] == [404, 422, 401, 500]
    for answer in answers:
        assert answer.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
        text = answer.text.lower()
        for tell in ("traceback", "runtimeerror", "line 12", "/srv/", "python", "uvicorn", "starlette", "fastapi"):
            assert tell not in text, (answer.status_code, tell)


async def test_api10_a_malformed_answer_of_a_service_is_a_502_problem_not_a_500(system: System) -> None:
    key = {"X-API-Key": await system.client("employers:read")}
    upstreams = system.gateway._transport.app.state.upstreams  # type: ignore[attr-defined]
    for body in (b'{"items": [', b"<html>oops</html>", b"\xff\xfe"):

        def malformed(request: httpx.Request, body: bytes = body) -> httpx.Response:
            return httpx.Response(200, content=body, headers={"content-type": "application/json"})

        labour = httpx.AsyncClient(base_url="http://labour", transport=httpx.MockTransport(malformed))
        upstreams.clients = {**upstreams.clients, "labour": labour}
        answer = await system.gateway.get("/v1/employers", headers=key)
        assert answer.status_code == 502, answer.text
        assert answer.json()["type"].endswith("/upstream-failed")


async def test_api4_a_request_body_that_stops_coming_times_out_with_408() -> None:
    reached: list[bytes] = []

    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        while (message := await receive()).get("more_body"):
            reached.append(message["body"])

    sent: list[Message] = []
    parts = iter([{"type": "http.request", "body": b"{", "more_body": True}])

    async def slow_loris() -> Message:
        try:
            return next(parts)
        except StopIteration:
            await asyncio.Event().wait()  # the rest of the body never comes
            raise AssertionError("unreachable") from None

    async def record(message: Message) -> None:
        sent.append(message)

    limit = BodyLimit(endpoint, max_bytes=lambda: 1024, max_lines=lambda: 10, wait_seconds=0.05)
    scope: Scope = {"type": "http", "path": "/v1/sync/registrations", "headers": []}
    await limit(scope, slow_loris, record)
    assert sent[0]["status"] == 408
    assert json.loads(sent[1]["body"])["type"].endswith("/body-timeout")
