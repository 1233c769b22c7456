"""The gateway never does half a write: every refusal is decided before anything is forwarded, so
a refused write leaves every service as it was; and a POST sent again with the same
Idempotency-Key has one effect and gets the first answer again."""

import asyncio
import re
from typing import Any

import httpx
from sqlalchemy import func, select

from services.gateway.routing.operations import Operation, OperationTable
from tests.services import support
from tests.services.gateway.conftest import System
from tests.services.labour import builders as labour

PURPOSE = {"X-Purpose": "case HCM-Q10/2026/0042"}


def table(system: System) -> OperationTable:
    return system.gateway._transport.app.state.operations  # type: ignore[attr-defined]


async def row_counts(system: System) -> dict[str, int]:
    """Rows in every table of every service (and of the gateway, but for its audit log)."""
    counts = {}
    for name in ("labour", "social_insurance", "job_matching", "gateway"):
        client = getattr(system, name)
        metadata = client._transport.app.state.runtime.definition.metadata  # type: ignore[attr-defined]
        async with support.sessionmaker_of(client)() as session:
            for t in metadata.sorted_tables:
                # A refused call is audited, counts against the caller's rate limit and in the partner
                # traffic the console shows: nothing else changes.
                if name != "gateway" or t.name not in ("audit_entries", "rate_limit_windows", "partner_traffic"):
                    counts[f"{name}.{t.name}"] = await session.scalar(select(func.count()).select_from(t))
    return counts


def sample_path(operation: Operation) -> str:
    return re.sub(
        r"\{(\w+)\}",
        lambda m: {"national_id": "079190001234", "client_id": "client-1"}.get(m.group(1), "1"),
        operation.path,
    )


def writes(system: System) -> list[Operation]:
    return [o for o in table(system).operations if o.method != "GET" and o.scopes]


async def test_a_refused_write_leaves_every_service_unchanged(system: System) -> None:
    await labour.employment(system.labour)
    everything = sorted({s for o in writes(system) for s in o.scopes})
    unscoped = await system.client("events:read")
    scoped = await system.client(*everything, client_id="writer", rate_limit=1_000_000)
    slow = await system.client(*everything, client_id="slow", rate_limit=1)
    await system.gateway.get("/v1/events", headers={"X-API-Key": slow, **PURPOSE})  # spends its one request
    before = await row_counts(system)
    refusals: dict[int, int] = {}
    for operation in writes(system):
        path = sample_path(operation)
        body_types = operation.document.get("requestBody", {}).get("content", {})
        attempts: list[dict[str, Any]] = [
            {"headers": PURPOSE},  # no credentials
            {"headers": {"X-API-Key": unscoped, **PURPOSE}},  # no scope
            {"headers": {"X-API-Key": slow, **PURPOSE}},  # over its rate limit
        ]
        if operation.personal:
            attempts.append({"headers": {"X-API-Key": scoped}, "json": {}})  # no purpose
        if body_types:
            attempts.append(
                {"headers": {"X-API-Key": scoped, **PURPOSE, "content-type": "text/plain"}, "content": b"hello"}
            )  # media type
        if "application/json" in body_types:
            attempts.append(
                {"headers": {"X-API-Key": scoped, **PURPOSE}, "json": {"unknown_field": "x" * 10}}
            )  # body shape
        for attempt in attempts:
            response = await system.gateway.request(operation.method, path, **attempt)
            assert 400 <= response.status_code < 500, (operation.method, path, attempt, response.text)
            refusals[response.status_code] = refusals.get(response.status_code, 0) + 1
    assert {401, 403, 415, 422, 429} <= refusals.keys()
    after = await row_counts(system)
    assert {k: (before[k], after[k]) for k in before if before[k] != after[k]} == {}


async def test_a_write_refused_for_its_size_reaches_no_service(system: System) -> None:
    key = await system.client("employers:write")
    system.gateway._transport.app.state.settings.max_request_bytes = 2048  # type: ignore[attr-defined]
    before = await row_counts(system)
    response = await system.gateway.post(
        "/v1/employers",
        content=b"{" + b" " * 4096 + b"}",
        headers={"X-API-Key": key, "content-type": "application/json"},
    )
    assert response.status_code == 413
    assert await row_counts(system) == before


def employer(tax_code: str = "0301234562") -> dict[str, Any]:
    """The same employer each time, unless another tax code is given."""
    return labour.employer_body(tax_code=tax_code)


async def employers_at_labour(system: System) -> int:
    return (await system.labour.get("/employers", params={"limit": 500})).json()["items"].__len__()


async def test_a_post_retried_with_its_idempotency_key_creates_one_record_and_gets_the_first_answer(
    system: System,
) -> None:
    key = {"X-API-Key": await system.client("employers:write", "employers:read")}
    first = await system.gateway.post("/v1/employers", json=employer(), headers={**key, "Idempotency-Key": "emp-0001"})
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    again = await system.gateway.post("/v1/employers", json=employer(), headers={**key, "Idempotency-Key": "emp-0001"})
    assert (again.status_code, again.json(), again.headers["idempotent-replayed"]) == (201, first.json(), "true")
    assert await employers_at_labour(system) == 1

    other = await system.gateway.post(
        "/v1/employers", json=employer("0307654323"), headers={**key, "Idempotency-Key": "emp-0001"}
    )
    assert other.status_code == 422 and other.json()["errors"][0] == {
        "field": "Idempotency-Key",
        "rule": "same_request",
        "message": "used for another request",
    }
    # Another client's key of the same name is another key.
    someone = {"X-API-Key": await system.client("employers:write", client_id="other-client")}
    theirs = await system.gateway.post(
        "/v1/employers", json=employer("0307654323"), headers={**someone, "Idempotency-Key": "emp-0001"}
    )
    assert theirs.status_code == 201
    # A refusal is the first answer too, and stays the answer for that key.
    duplicate = await system.gateway.post(
        "/v1/employers", json=employer(), headers={**key, "Idempotency-Key": "emp-0002"}
    )
    assert duplicate.status_code == 409
    assert (
        await system.gateway.post("/v1/employers", json=employer(), headers={**key, "Idempotency-Key": "emp-0002"})
    ).status_code == 409
    assert await employers_at_labour(system) == 2


async def test_the_key_holds_when_the_gateway_lost_its_own_answer(system: System) -> None:
    """The gateway passes the key on: a retry it cannot answer from its own store (say its
    transaction was lost after the service wrote) is answered by the service, once."""
    key = {"X-API-Key": await system.client("employers:write", client_id="centre-app")}
    first = await system.gateway.post("/v1/employers", json=employer(), headers={**key, "Idempotency-Key": "k-1"})
    async with support.sessionmaker_of(system.gateway)() as session:
        idempotency = system.gateway._transport.app.state.runtime.definition.messaging.idempotency  # type: ignore[attr-defined]
        await session.execute(idempotency.delete())
        await session.commit()
    again = await system.gateway.post("/v1/employers", json=employer(), headers={**key, "Idempotency-Key": "k-1"})
    assert (again.status_code, again.json()) == (201, first.json())
    assert await employers_at_labour(system) == 1


async def test_two_requests_with_one_key_at_once_have_one_effect(system: System) -> None:
    key = {"X-API-Key": await system.client("employers:write", client_id="eager")}
    answers = await asyncio.gather(
        *(
            system.gateway.post("/v1/employers", json=employer(), headers={**key, "Idempotency-Key": "same"})
            for _ in range(3)
        )
    )
    assert {a.status_code for a in answers} <= {201, 409} and 201 in {a.status_code for a in answers}
    assert await employers_at_labour(system) == 1


async def test_a_read_names_its_person_or_is_not_given_out(system: System) -> None:
    """An answer whose records do not name their person cannot be attributed: refused unless asked for one person."""
    records = {"items": [{"id": 1, "note": "no person named"}], "next_after": None}

    def service(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=records)

    upstreams = system.gateway._transport.app.state.upstreams  # type: ignore[attr-defined]
    upstreams.clients = {
        **upstreams.clients,
        "labour": httpx.AsyncClient(base_url="http://labour", transport=httpx.MockTransport(service)),
    }
    key = {"X-API-Key": await system.client("contracts:read"), **PURPOSE}
    refused = await system.gateway.get("/v1/contracts", headers=key)
    assert refused.status_code == 422 and refused.json()["errors"][0]["rule"] == "required_for_audit"
    assert (
        await system.gateway.get("/v1/contracts", params={"national_id": "079190001234"}, headers=key)
    ).status_code == 200


async def test_x_purpose_is_asked_only_where_people_are_named(system: System) -> None:
    key = {"X-API-Key": await system.client("registrations:read", "reports:read", "employers:read")}
    assert (await system.gateway.get("/v1/centres", headers=key)).status_code == 200
    assert (await system.gateway.get("/v1/employers", headers=key)).status_code == 200
    refused = await system.gateway.get("/v1/registrations", headers=key)
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "X-Purpose"


async def test_a_contract_posted_without_national_id_in_the_query_is_created_once(system: System) -> None:
    """The defect that opened issue 14: a write names its person in its body, so it is not refused
    after forwarding for a missing ?national_id= (which made a client's retry a second contract)."""
    person, company = await labour.worker(system.labour), await labour.employer(system.labour)
    key = {"X-API-Key": await system.client("contracts:write", "contracts:read"), **PURPOSE}
    body = {
        "national_id": person["national_id"],
        "employer_tax_code": company["tax_code"],
        "contract_type": "indefinite",
        "start_date": "2023-03-01",
        "insured_monthly_salary": "9000000",
    }
    created = await system.gateway.post("/v1/contracts", json=body, headers=key)
    assert created.status_code == 201, created.text
    assert created.json()["national_id"] == person["national_id"]
    listed = await system.gateway.get("/v1/contracts", params={"national_id": person["national_id"]}, headers=key)
    assert [c["id"] for c in listed.json()["items"]] == [created.json()["id"]]


async def test_a_services_refusal_names_the_path_the_partner_called(system: System) -> None:
    key = {"X-API-Key": await system.client("contracts:read"), **PURPOSE}
    missing = await system.gateway.get("/v1/contracts/999999", headers=key)
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("application/problem+json")
    assert missing.json()["instance"] == "/v1/contracts/999999"
