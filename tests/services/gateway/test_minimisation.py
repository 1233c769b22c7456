"""One access policy: the categories a kind may be granted and the data it never sees come from one
table, and one minimisation is applied to every answer that leaves the gateway, whichever path
it takes (routed read, person record, change feed, sync result, event feed, a service's problem)."""

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.gateway.access.policy import (
    ENTITLEMENTS,
    SENSITIVE_CATEGORIES,
    SENSITIVE_FIELDS,
    AgencyKind,
    Category,
    ceiling,
    hidden_fields,
    scope,
)
from services.gateway.events.catalogue import EVENT_CATEGORIES
from services.gateway.events.repository import PartnerEventRepository
from services.gateway.partners.repository import ClientRepository
from tests.services import support
from tests.services.gateway.conftest import System
from tests.services.gateway.test_person_record_and_audit import a_person_everywhere, read_person

PERSON = "079190001234"
PURPOSE = {"X-Purpose": "inspection 2026/17"}
FORBIDDEN = sorted(set().union(*SENSITIVE_FIELDS.values()) | {c.value for c in SENSITIVE_CATEGORIES})


def test_no_kind_may_be_granted_a_category_whose_data_it_never_sees() -> None:
    for kind in AgencyKind:
        hidden = hidden_fields(kind)
        for category, sensitive in SENSITIVE_CATEGORIES.items():
            sees = sensitive in ENTITLEMENTS[kind].sees
            assert (category in ceiling(kind)) is sees, (kind, category)
            assert (category.value in hidden) is not sees, (kind, category)
            assert SENSITIVE_FIELDS[sensitive].isdisjoint(hidden) is sees, (kind, sensitive)


async def test_a_social_insurance_client_never_receives_hardship_notes(system: System) -> None:
    national_id = await a_person_everywhere(system)
    await system.labour.post(
        "/hardship-assessments",
        json={
            "national_id": national_id,
            "special_hardship": True,
            "minimum_living_allowance_eligible": True,
            "assessed_on": "2026-03-05",
            "notes": "sole earner, two children, household on the poverty list",
        },
    )
    admin = {"X-API-Key": await system.client("partners:write", client_id="admin")}
    await system.gateway.post(
        "/v1/partners/agencies", json={"code": "VSS-HCM", "name": "BHXH", "kind": "social_insurance"}, headers=admin
    )
    refused = await system.gateway.post(
        "/v1/partners/clients",
        headers=admin,
        json={
            "client_id": "vss-1",
            "agency_code": "VSS-HCM",
            "name": "Benefits",
            "scopes": ["workers:read", "hardship:read"],
        },
    )
    assert refused.status_code == 422 and "hardship:read" in refused.json()["errors"][0]["message"]

    # A grant stored before the policy narrowed (written past the API) gives nothing either.
    key = await system.client("workers:read", "seekers:read", kind="social_insurance", client_id="vss-old")
    async with support.sessionmaker_of(system.gateway)() as session:
        client = await ClientRepository(session).one_by(client_id="vss-old")
        assert client is not None
        client.scopes = [*client.scopes, "hardship:read"]
        await session.commit()
    record = await read_person(system, key, national_id)
    assert record.status_code == 200
    assert "hardship" not in record.json()["sections"] and b"poverty" not in record.content
    assert "special_hardship" not in record.json()["sections"]["seekers"]
    listed = await system.gateway.get(
        "/v1/hardship-assessments", params={"national_id": national_id}, headers={"X-API-Key": key, **PURPOSE}
    )
    assert listed.status_code == 403 and listed.json()["missing_scope"] == "hardship:read"


def _documents(count: int) -> list[dict[str, Any]]:
    """Answers a service might give: records naming the person, with sensitive fields and sections at
    random depths among ordinary ones."""
    keys = st.sampled_from([*FORBIDDEN, "name", "data", "decision", "record", "notes", "workers", "values"])
    leaves = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=4)
    values = st.recursive(
        leaves, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=4), max_leaves=25
    )
    record = st.dictionaries(keys, values, min_size=1, max_size=5).map(lambda r: {**r, "national_id": PERSON})
    document = st.builds(
        lambda items, extra: {**extra, "items": items, "national_id": PERSON},
        st.lists(record, min_size=1, max_size=3),
        st.dictionaries(keys, values, max_size=3),
    )
    drawn: list[dict[str, Any]] = []

    @settings(
        max_examples=count, database=None, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(document.filter(lambda d: any(k in orjson.dumps(d).decode() for k in FORBIDDEN)))
    def collect(doc: dict[str, Any]) -> None:
        drawn.append(doc)

    collect()
    return drawn


def _keys(document: Any) -> set[str]:
    if isinstance(document, dict):
        return set(document) | set().union(*(_keys(v) for v in document.values()))
    if isinstance(document, list):
        return set().union(*(_keys(v) for v in document))
    return set()


@pytest.mark.parametrize("system", ["sqlite"], indirect=True)
async def test_no_sensitive_field_or_section_survives_any_response_path_for_any_kind(system: System) -> None:
    answer: dict[str, Any] = {}

    def service(request: httpx.Request) -> httpx.Response:
        # Every service answers with the current generated document (as a problem for one path).
        if request.url.path == "/contracts":
            return httpx.Response(
                404,
                content=orjson.dumps({**answer, "status": 404}),
                headers={"content-type": "application/problem+json"},
            )
        return httpx.Response(200, content=orjson.dumps(answer), headers={"content-type": "application/json"})

    upstreams = system.gateway._transport.app.state.upstreams  # type: ignore[attr-defined]
    upstreams.clients = {
        name: httpx.AsyncClient(base_url=c.base_url, transport=httpx.MockTransport(service))
        for name, c in upstreams.clients.items()
    }
    kinds = {}
    for kind in AgencyKind:
        granted = sorted(scope(c, a) for c in ceiling(kind) for a in ("read", "write"))
        kinds[kind] = {
            "X-API-Key": await system.client(
                *granted,
                kind=kind.value,
                agency=f"{kind.value}-agency",
                client_id=f"{kind.value}-all",
                rate_limit=1_000_000,
            ),
            **PURPOSE,
        }
    checked = 0
    for document in _documents(12):
        answer.clear()
        answer.update(document)
        for kind, headers in kinds.items():
            # An operator reads no event type: the stored one must not reach it either.
            readable = sorted(t for t, c in EVENT_CATEGORIES.items() if c in ceiling(kind)) or sorted(EVENT_CATEGORIES)
            async with support.sessionmaker_of(system.gateway)() as session:
                await PartnerEventRepository(session).add_all(
                    [
                        {
                            "event_id": uuid.uuid4().hex,
                            "event_type": readable[0],
                            "subject": PERSON,
                            "time": datetime.now(UTC),
                            "data": document,
                            "received_at": datetime.now(UTC),
                        }
                    ]
                )
                await session.commit()
            paths = [
                ("GET", f"/v1/persons/{PERSON}", None),
                ("GET", "/v1/events", None),
                ("GET", "/v1/sync/changes", None),
            ]
            category_paths = {
                Category.workers: [("GET", "/v1/workers/1", None), ("GET", f"/v1/workers?national_id={PERSON}", None)],
                Category.benefits: [("GET", "/v1/benefits/1", None)],
                Category.contracts: [("GET", "/v1/contracts/1", None)],  # answered as a problem
                Category.registrations: [("POST", "/v1/sync/registrations", b'{"idempotency_key":"k"}\n')],
            }
            for category, more in category_paths.items():
                if category in ceiling(kind):
                    paths += more
            hidden = hidden_fields(kind)
            for method, path, body in paths:
                sent = {**headers, "content-type": "application/x-ndjson"} if body else headers
                response = await system.gateway.request(method, path, headers=sent, content=body)
                assert response.status_code in (200, 403, 404), (kind, path, response.text)
                leaked = _keys(response.json()) & hidden
                assert not leaked, (kind, method, path, leaked)
                checked += response.status_code != 403
    assert checked > 300
