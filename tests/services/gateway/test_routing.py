"""Partners stay inside their grants: a request is routed by the operation table, segment by
segment on its raw path, so no dot segment, encoded separator or control character can carry it
to another operation, and anything malformed is refused before any service is called."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import unquote

import httpx
import orjson

from services.gateway.routing.operations import Operation, OperationTable
from tests.services.gateway.conftest import System

PURPOSE = {"X-Purpose": "inspection 2026/17"}
PERSON = "079190001234"


def table(system: System) -> OperationTable:
    return system.gateway._transport.app.state.operations  # type: ignore[attr-defined]


def sample_path(operation: Operation) -> str:
    samples = {
        "national_id": PERSON,
        "client_id": "client-1",
        "code": "VN-HCM",
        "community": "HCM-Q10-P1",
        "community_code": "HCM-Q10-P1",
    }
    return re.sub(r"\{(\w+)\}", lambda m: samples.get(m.group(1), "1"), operation.path)


@contextmanager
def counted_upstream_calls(system: System) -> Iterator[list[httpx.URL]]:
    """Every call the gateway makes to a service while the block runs."""
    upstreams = system.gateway._transport.app.state.upstreams  # type: ignore[attr-defined]
    calls: list[httpx.URL] = []

    class Counting(httpx.AsyncBaseTransport):
        def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
            self.inner = inner

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            calls.append(request.url)
            return await self.inner.handle_async_request(request)

    real = upstreams.clients
    upstreams.clients = {
        name: httpx.AsyncClient(base_url=client.base_url, transport=Counting(client._transport))
        for name, client in real.items()
    }
    try:
        yield calls
    finally:
        upstreams.clients = real


async def raw_request(
    system: System, method: str, raw_target: str, headers: dict[str, str]
) -> tuple[int, dict[str, str], bytes]:
    """Send a request target exactly as written, as uvicorn hands it to the app: no client library
    normalises its dot segments or re-encodes it on the way."""
    app = system.gateway._transport.app  # type: ignore[attr-defined]
    raw_path, _, query = raw_target.encode("latin-1").partition(b"?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": unquote(raw_path.decode("latin-1")),
        "raw_path": raw_path,
        "query_string": query,
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "server": ("gateway", 80),
        "client": ("127.0.0.1", 50000),
    }
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    return (
        start["status"],
        {k.decode(): v.decode() for k, v in start["headers"]},
        b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"),
    )


# Ways of hiding another path inside one segment; each replaces the segment `TARGET` stands for.
ATTACKS = [
    "..",
    ".",
    "%2E%2E",
    "%2e%2e",
    "%2E",
    ".%2E",
    "%252E%252E",
    "%2E%2E%2Fworkers",
    "..%2F..%2Fmetrics",
    "x%2F..%2Fworkers",
    "x%5C..%5Cworkers",
    "x;jsessionid=1",
    "%00",
    "%01",
    "%1B%5B2J",
    "%0D%0AX-Injected:%201",
    "x%7F",
    "a" * 300,
    "",
]


def attacked_paths(operation: Operation) -> Iterator[str]:
    """The operation's path with each of its segments after /v1 replaced by each attack, and with
    a trailing dot segment."""
    segments = sample_path(operation).split("/")
    for index in range(2, len(segments)):
        for attack in ATTACKS:
            yield "/".join([*segments[:index], attack, *segments[index + 1 :]])
    yield sample_path(operation) + "/.."
    yield sample_path(operation) + "/%2E%2E/workers"


async def test_no_dot_segment_encoded_separator_or_control_character_reaches_a_service(system: System) -> None:
    key = await system.client("employers:read", "vacancies:read", "workers:read", kind="labour")
    refused = 0
    with counted_upstream_calls(system) as calls:
        for operation in table(system).operations:
            for path in attacked_paths(operation):
                status, headers, body = await raw_request(system, operation.method, path, {"X-API-Key": key, **PURPOSE})
                assert status in (400, 404, 405), (operation.method, path, status, body[:300])
                assert headers["content-type"] == "application/problem+json", (path, headers)
                refused += 1
    assert refused > 4000
    assert calls == []


ESCAPES = [
    "/v1/employers/%2E%2E/workers",
    "/v1/employers/../workers",
    f"/v1/employers/%2e%2e/hardship-assessments?national_id={PERSON}",
    "/v1/employers/..%2F..%2Fmetrics",
    "/v1/employers/%252E%252E/workers",
    "/v1/employers/1/..%5Cworkers",
]


async def test_a_planning_agency_cannot_step_out_of_its_grants(system: System) -> None:
    from tests.services.labour import builders as labour

    await labour.worker(system.labour)
    key = await system.client("employers:read", "vacancies:read", kind="planning_investment")
    with counted_upstream_calls(system) as calls:
        for target in ESCAPES:
            status, headers, body = await raw_request(system, "GET", target, {"X-API-Key": key, **PURPOSE})
            assert status == 400 and headers["content-type"] == "application/problem+json", (target, status)
            assert b"national_id" not in body and b"python_gc" not in body
    assert calls == []
    # The plain call it tried to reach is refused for its scope, as it always was.
    assert (await system.gateway.get("/v1/workers", headers={"X-API-Key": key, **PURPOSE})).status_code == 403


UNREACHABLE = [
    ("GET", "/v1/metrics"),
    ("GET", "/v1/healthz"),
    ("GET", "/v1/readyz"),
    ("GET", "/v1/openapi.json"),
    ("GET", "/v1/docs"),
    ("POST", "/v1/benefit-payments/run"),
    ("PUT", "/v1/fund-areas/VN-HCM"),
    ("GET", "/v1/employers/1/workers"),
    ("DELETE", "/v1/employers/1"),
]


async def test_what_is_not_in_the_table_is_not_reachable(system: System) -> None:
    key = await system.client("employers:read", "employers:write", "reports:read", "reports:write", "benefits:write")
    with counted_upstream_calls(system) as calls:
        for method, target in UNREACHABLE:
            response = await system.gateway.request(method, target, headers={"X-API-Key": key, **PURPOSE})
            assert response.status_code in (404, 405), (target, response.text)
            assert response.headers["content-type"] == "application/problem+json"
    assert calls == []


async def test_a_method_the_path_does_not_have_is_405_naming_the_methods_it_has(system: System) -> None:
    key = await system.client("employers:read", "employers:write")
    response = await system.gateway.patch("/v1/employers/1", headers={"X-API-Key": key}, json={})
    assert response.status_code == 405 and response.json()["allow"] == ["GET"]


CONTROL_CHARACTERS = [
    "/v1/workers/%01",
    "/v1/workers/%00",
    "/v1/seekers/%1B%5B2J",
    f"/v1/persons/{PERSON}%0D%0A",
    "/v1/contracts/%0A",
    "/v1/persons/%2E%2E",
]


async def test_control_characters_in_a_path_are_400_not_500(system: System) -> None:
    key = await system.client("workers:read", "seekers:read", "contracts:read")
    with counted_upstream_calls(system) as calls:
        for target in CONTROL_CHARACTERS:
            response = await system.gateway.get(target, headers={"X-API-Key": key, **PURPOSE})
            assert response.status_code == 400, (target, response.text)
            assert response.json()["type"].endswith("/malformed-path")
    assert calls == []
    # The connection stays usable.
    assert (
        await system.gateway.get("/v1/workers", params={"national_id": PERSON}, headers={"X-API-Key": key, **PURPOSE})
    ).status_code == 200


# (request, the field named, the rule named)
MALFORMED_PARAMETERS = [
    ("/v1/retirees/overdue?year=0", "year", "minimum"),
    ("/v1/retirees/overdue?year=abc", "year", "type"),
    ("/v1/retirees/overdue", "year", "required"),
    ("/v1/employers/abc", "employer_id", "type"),
    ("/v1/employers/99999999999999999999", "employer_id", "type"),
    ("/v1/employers/9223372036854775808", "employer_id", "in_range"),
    ("/v1/employers?limit=100000", "limit", "maximum"),
    ("/v1/employers?limit=1&limit=2", "limit", "single_value"),
    ("/v1/employers?jurisdiction=XX", "jurisdiction", "enum"),
    ("/v1/employers?colour=blue", "colour", "known_parameter"),
    ("/v1/employers?province=%01", "province", "no_control_characters"),
    ("/v1/contributions?month=2026-13", "month", "pattern"),
]


async def test_parameters_are_checked_against_the_operations_schema_before_forwarding(system: System) -> None:
    key = await system.client("employers:read", "benefits:read", "contributions:read")
    with counted_upstream_calls(system) as calls:
        for target, field, rule in MALFORMED_PARAMETERS:
            response = await system.gateway.get(target, headers={"X-API-Key": key, **PURPOSE})
            assert response.status_code == 422, (target, response.text)
            assert response.headers["content-type"] == "application/problem+json"
            assert (response.json()["errors"][0]["field"], response.json()["errors"][0]["rule"]) == (field, rule), (
                response.text
            )
    assert calls == []


async def test_a_body_that_breaks_the_operations_schema_is_refused_before_forwarding(system: System) -> None:
    key = await system.client("employers:write")
    with counted_upstream_calls(system) as calls:
        missing = await system.gateway.post("/v1/employers", json={"name": "Công ty A"}, headers={"X-API-Key": key})
        not_json = await system.gateway.post(
            "/v1/employers", content=b"{not json", headers={"X-API-Key": key, "content-type": "application/json"}
        )
        extra = await system.gateway.post(
            "/v1/employers",
            headers={"X-API-Key": key},
            json={
                "tax_code": "0301234562",
                "name": "A",
                "jurisdiction": "VN",
                "address": "x",
                "province": "p",
                "district": "d",
                "wage_region": "I",
                "sector": "s",
                "is_admin": True,
            },
        )
    assert missing.status_code == 422 and {e["rule"] for e in missing.json()["errors"]} == {"required"}
    assert not_json.status_code == 422 and not_json.json()["errors"][0]["rule"] == "json_invalid"
    assert extra.status_code == 422 and extra.json()["errors"][0]["rule"] == "additionalProperties"
    assert calls == []


async def test_a_literal_segment_wins_over_a_parameter(system: System) -> None:
    key = await system.client("benefits:read")
    with counted_upstream_calls(system) as calls:
        response = await system.gateway.get(
            "/v1/retirees/overdue", params={"year": 2026}, headers={"X-API-Key": key, **PURPOSE}
        )
    assert response.status_code == 200, response.text
    assert [url.path for url in calls] == ["/retirees/overdue"]


async def test_a_path_parameter_is_reencoded_whole_for_the_service(system: System) -> None:
    key = await system.client("benefits:read")
    with counted_upstream_calls(system) as calls:
        await system.gateway.get("/v1/public-notices/H%C3%A0%20N%E1%BB%99i", headers={"X-API-Key": key, **PURPOSE})
    assert [url.raw_path for url in calls] == [b"/public-notices/H%C3%A0%20N%E1%BB%99i"]


async def test_a_failed_exchange_with_a_service_is_502_problem_json(system: System) -> None:
    key = await system.client("employers:read")
    upstreams = system.gateway._transport.app.state.upstreams  # type: ignore[attr-defined]
    for error in (httpx.InvalidURL("bad"), httpx.RemoteProtocolError("reset"), httpx.ReadError("gone")):

        def failing(request: httpx.Request, error: Exception = error) -> httpx.Response:
            raise error

        upstreams.clients = {
            **upstreams.clients,
            "labour": httpx.AsyncClient(base_url="http://labour", transport=httpx.MockTransport(failing)),
        }
        upstreams.breakers["labour"].succeeded()
        response = await system.gateway.get("/v1/employers", headers={"X-API-Key": key})
        assert response.status_code == 502 and response.headers["content-type"] == "application/problem+json", error
        assert orjson.loads(response.content)["service"] == "labour"
