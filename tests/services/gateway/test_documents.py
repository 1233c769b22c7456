"""The partner documents: one merged OpenAPI for every /v1 operation, and the AsyncAPI document;
a schemathesis run over the merged document finds no 5xx."""

import json

import httpx
import yaml
from hypothesis import HealthCheck, Phase, given, settings
import schemathesis

from services.gateway.access.policy import CEILINGS, AgencyKind
from services.gateway.routing.routes import ROUTES
from tests.services.gateway.conftest import System


async def test_the_merged_openapi_documents_every_routed_operation_with_its_scope(system: System) -> None:
    response = await system.gateway.get("/partner-api/openapi.json")
    assert response.status_code == 200
    document = response.json()
    for route in ROUTES:
        assert any(p == f"/v1{route.public}" or p.startswith(f"/v1{route.public}/") for p in document["paths"]), route.public
    termination_post = document["paths"]["/v1/terminations"]["post"]
    assert termination_post["security"][1] == {"oauth2": ["terminations:write"]}
    assert any(p["name"] == "X-Purpose" for p in termination_post["parameters"])
    schema_ref = termination_post["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert schema_ref.startswith("#/components/schemas/labour.")
    assert document["components"]["schemas"][schema_ref.rsplit("/", 1)[1]]["examples"]
    assert "/v1/persons/{national_id}" in document["paths"] and "/v1/events" in document["paths"]


async def test_the_asyncapi_document_is_served(system: System) -> None:
    response = await system.gateway.get("/partner-api/asyncapi.yaml")
    document = yaml.safe_load(response.text)
    assert document["asyncapi"].startswith("3.") and "labourlink.job-matching" in str(document["channels"])


@schemathesis.serializer("application/x-ndjson")
def _ndjson(ctx: object, value: object) -> bytes:
    # The sync uploads are NDJSON; the generated body is a string (any text a centre might send).
    return value.encode() if isinstance(value, str) else json.dumps(value).encode() + b"\n"


def _cases(operation: schemathesis.schemas.APIOperation, examples: int) -> list:  # type: ignore[name-defined]
    drawn = []

    @settings(max_examples=examples, database=None, phases=[Phase.generate], deadline=None, suppress_health_check=list(HealthCheck))
    @given(operation.as_strategy())
    def collect(case: object) -> None:
        drawn.append(case)

    collect()
    return drawn


async def test_fuzzing_the_partner_api_finds_no_server_errors(system: System) -> None:
    key = await system.client(*sorted(f"{c.value}:{a}" for c in CEILINGS[AgencyKind.labour] for a in ("read", "write")),
                              client_id="fuzzer", rate_limit=100_000)
    document = (await system.gateway.get("/partner-api/openapi.json")).json()
    schema = schemathesis.openapi.from_dict(document)
    failures, calls = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        for case in _cases(operation, examples=8):
            kwargs = case.as_transport_kwargs(base_url="http://test")
            headers = {**{k: str(v) for k, v in (kwargs.get("headers") or {}).items()}, "X-API-Key": key}
            try:
                response = await system.gateway.request(
                    kwargs["method"], kwargs["url"], params=kwargs.get("params"), headers=headers,
                    json=kwargs.get("json"), content=kwargs.get("data") if isinstance(kwargs.get("data"), (bytes, str)) else None,
                )
            except (httpx.InvalidURL, httpx.LocalProtocolError, UnicodeEncodeError):
                continue  # no HTTP client could send this request
            except Exception as error:  # a service's unhandled error, raised through the in-process transport
                failures.append((kwargs["method"], kwargs["url"], 500, repr(error)[:300]))
                continue
            calls += 1
            if response.status_code >= 500:
                failures.append((kwargs["method"], kwargs["url"], response.status_code, response.text[:300]))
    assert calls > 200
    assert failures == []
