"""The partner documents: one OpenAPI document made from the operation table (so it documents
exactly the operations the gateway answers, each with the security it needs), the AsyncAPI
document, and the table's routed rows current with the services' own documents."""

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from services.gateway.access.policy import PERSON_DATA, AgencyKind, ceiling, scope
from services.gateway.routing.admission import PURPOSE_HEADER, ROUTED
from services.gateway.routing.operations import OperationTable, write_operations
from tests.services.fuzzing import fuzz
from tests.services.gateway.conftest import System

SPECTRAL = Path(__file__).resolve().parents[3] / "deploy" / "local" / "tools" / "node_modules" / ".bin" / "spectral"


def table(system: System) -> OperationTable:
    return system.gateway._transport.app.state.operations  # type: ignore[attr-defined]


async def partner_document(system: System) -> dict:
    response = await system.gateway.get("/partner-api/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_routed_operations_are_current_with_the_services_documents() -> None:
    assert not write_operations(check=True), "run `make schemas` and commit services/gateway/routing/operations.json"


async def test_the_document_has_exactly_the_operations_the_gateway_answers(system: System) -> None:
    document = await partner_document(system)
    documented = {(method.upper(), path) for path, item in document["paths"].items() for method in item}
    assert documented == {(o.method, o.path) for o in table(system).operations}
    app_routes = {
        (method, route.path)
        for route in system.gateway._transport.app.routes  # type: ignore[attr-defined]
        if getattr(route, "path", "").startswith("/v1/") and route.path != ROUTED
        for method in route.methods - {"HEAD"}
    }
    assert app_routes == {(o.method, o.path) for o in table(system).operations if o.upstream is None}
    # No routed row hides behind one of the gateway's own routes.
    assert not {o.path for o in table(system).routed()} & {path for _, path in app_routes}
    # Nothing of a service's operations side is reachable.
    assert not [
        p for p in document["paths"] if p.rsplit("/", 1)[-1] in ("metrics", "healthz", "readyz", "openapi.json")
    ]


async def test_every_operation_declares_its_security_purpose_and_problems(system: System) -> None:
    document = await partner_document(system)
    flow_scopes = document["components"]["securitySchemes"]["oauth2"]["flows"]["clientCredentials"]["scopes"]
    for operation in table(system).operations:
        documented = document["paths"][operation.path][operation.method.lower()]
        if operation.scopes:
            assert {tuple(s.get("oauth2", ())) for s in documented["security"]} - {()} == {
                (s,) for s in operation.scopes
            }
            assert {"apiKey": []} in documented["security"]
            assert set(operation.scopes) <= flow_scopes.keys()
        else:
            assert documented["security"] == [], operation.path
        purpose = [p for p in documented.get("parameters", []) if p["name"] == PURPOSE_HEADER]
        assert purpose == ([{**purpose[0], "required": True}] if operation.personal else []), operation.path
        for status in ("401", "403", "422"):
            assert "application/problem+json" in documented["responses"][status]["content"], (operation.path, status)
    assert all(description for description in flow_scopes.values())
    sync = document["paths"]["/v1/sync/terminations"]["post"]
    assert sync["security"][0] == {"oauth2": ["terminations:write"]}
    person = document["paths"]["/v1/persons/{national_id}"]["get"]
    assert {s["oauth2"][0] for s in person["security"] if "oauth2" in s} == {scope(c, "read") for c in PERSON_DATA}
    termination_post = document["paths"]["/v1/terminations"]["post"]
    schema_ref = termination_post["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert document["components"]["schemas"][schema_ref.rsplit("/", 1)[1]]["examples"]


async def test_the_partner_document_passes_spectrals_oas_ruleset_without_an_error_or_a_warning(
    system: System, tmp_path: Path
) -> None:
    assert SPECTRAL.exists(), "the Node tools are missing: `make test` installs them (npm ci in deploy/local/tools)"
    (tmp_path / "partner-openapi.json").write_text(json.dumps(await partner_document(system)))
    (tmp_path / ".spectral.yaml").write_text('extends: ["spectral:oas"]\n')
    run = subprocess.run(
        [str(SPECTRAL), "lint", "partner-openapi.json", "--format", "json", "--quiet", "--fail-severity", "warn"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    findings = json.loads(run.stdout) if run.returncode in (0, 1) else None
    assert findings is not None, run.stdout[:1000] + run.stderr[:1000]  # Spectral itself failed: no findings read
    # Severity 0 is an error, 1 a warning.
    found = [(f["code"], ".".join(map(str, f["path"]))) for f in findings if f["severity"] <= 1]
    assert found == [] and run.returncode == 0, found[:50]


async def test_every_schema_has_a_title_of_its_own_that_names_its_service(system: System) -> None:
    schemas = (await partner_document(system))["components"]["schemas"]
    titles = [schema["title"] for schema in schemas.values()]
    assert len(set(titles)) == len(titles)
    # A generated class keeps its name when another service adds a schema of the same name.
    assert schemas["labour.UploadReport"]["title"] == "LabourUploadReport"
    assert schemas["job_matching.KpiReport"]["title"] == "JobMatchingKpiReport"
    assert schemas["KpiReport"]["title"] == "KpiReport"
    assert not [name for name in schemas if "__" in name], "two schemas of one name in one service: rename one"


async def test_every_answer_is_typed_and_every_error_a_problem(system: System) -> None:
    document = await partner_document(system)
    untyped = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                content = response.get("content", {})
                if status.startswith("2") and not content and status != "204":
                    untyped.append((method, path, status))
                for media_type, media in content.items():
                    schema = media.get("schema", {})
                    not_a_problem = not status.startswith(("2", "3")) and media_type != "application/problem+json"
                    free_form = schema in ({}, {"type": "object"}) or schema.get("additionalProperties") is True
                    if not_a_problem or free_form:
                        untyped.append((method, path, status, media_type))
    # The continuation notices' answers get their schemas with the notices' rewrite (PDF documents).
    assert [u for u in untyped if not u[1].startswith("/v1/continuation-notices")] == []
    person = document["paths"]["/v1/persons/{national_id}"]["get"]["responses"]["200"]
    assert person["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/PersonRecord"}
    workers = document["components"]["schemas"]["PersonSections"]["properties"]["workers"]
    assert workers == {"type": "array", "items": {"$ref": "#/components/schemas/labour.WorkerRead"}}


async def test_a_field_cut_for_some_agencies_is_not_required_in_an_answer(system: System) -> None:
    schemas = (await partner_document(system))["components"]["schemas"]
    assert "health" in schemas["social_insurance.ContributionRead"]["properties"]
    assert "health" not in schemas["social_insurance.ContributionRead"]["required"]
    assert "special_hardship" not in schemas["job_matching.SeekerRead"]["required"]


async def test_an_ndjson_upload_documents_its_line_with_an_example_line(system: System) -> None:
    upload = (await partner_document(system))["paths"]["/v1/sync/terminations"]["post"]["requestBody"]
    ndjson = upload["content"]["application/x-ndjson"]
    assert ndjson["schema"] == {"$ref": "#/components/schemas/labour.TerminationReportLine"}
    assert ndjson["example"]["record"]["reason"] == "enterprise_closure"


async def test_the_asyncapi_document_is_served(system: System) -> None:
    response = await system.gateway.get("/partner-api/asyncapi.yaml")
    document = yaml.safe_load(response.text)
    assert document["asyncapi"].startswith("3.") and "labourlink.job-matching" in str(document["channels"])


@pytest.mark.parametrize("system", ["postgres"], indirect=True)
async def test_fuzzing_the_partner_api_finds_no_server_error_and_no_answer_off_its_schema(system: System) -> None:
    key = await system.client(
        *sorted(scope(c, a) for c in ceiling(AgencyKind.labour) for a in ("read", "write")),
        client_id="fuzzer",
        rate_limit=1_000_000,
    )
    calls, failures = await fuzz(
        system.gateway,
        await partner_document(system),
        examples=6,
        headers={"X-API-Key": key, PURPOSE_HEADER: "fuzzing"},
        skip=("/v1/oauth/token",),
    )
    assert calls > 500
    assert failures == [], "\n".join(map(str, failures))


@pytest.mark.parametrize("system", ["postgres"], indirect=True)
@pytest.mark.parametrize("service", ["labour", "social_insurance", "job_matching"])
async def test_fuzzing_each_service_finds_no_server_error_and_no_answer_off_its_schema(
    system: System, service: str
) -> None:
    client = getattr(system, service)
    calls, failures = await fuzz(client, (await client.get("/openapi.json")).json(), examples=6, headers={})
    assert calls > 100
    assert failures == [], "\n".join(map(str, failures))


@pytest.mark.parametrize("system", ["sqlite"], indirect=True)
async def test_the_docs_pages_work_offline_and_the_gateways_shows_the_whole_partner_api(system: System) -> None:
    # The gateway's interactive pages are off unless configured (INTERACTIVE_DOCS; `labourlink run` turns them on).
    system.gateway._transport.app.state.settings.interactive_docs = True  # type: ignore[attr-defined]
    for client in (system.gateway, system.labour, system.social_insurance, system.job_matching):
        for page, script in (("/docs", "swagger-ui-bundle.js"), ("/redoc", "redoc.standalone.js")):
            html = (await client.get(page)).text
            assert f"/static-offline-docs/{script}" in html and "cdn.jsdelivr" not in html
            asset = await client.get(f"/static-offline-docs/{script}")
            assert asset.status_code == 200 and len(asset.content) > 500_000
    # The gateway's own document is the partner API's: its /docs shows every partner operation.
    assert (await system.gateway.get("/openapi.json")).json() == await partner_document(system)
