"""One OpenAPI document for partners, made from the operation table: the gateway's own operations
and every routed operation under its public `/v1` path, each with the security it needs (any one
of its scopes, by API key or OAuth2 token), X-Purpose where it returns people's data, and errors
as problem+json. Because the routes and the scope checks are read from the same table, the
document cannot promise what the gateway does not do."""

import copy
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from services.gateway.access.policy import ACTIONS, CATEGORY_DESCRIPTIONS, SPECIAL_SCOPES, scope
from services.gateway.routing.admission import PURPOSE_HEADER
from services.gateway.routing.operations import Operation, OperationTable
from shared.app import as_sent
from shared.problems import PROBLEM_MEDIA_TYPE

_PROBLEM = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
_REFUSALS = {
    "400": "the path holds a dot segment, an encoded separator or a control character",
    "401": "no valid credentials",
    "403": "a scope is missing; `missing_scope` names it",
    "404": "no such operation or record",
    "422": "a parameter, header or body breaks a rule; `errors` names each field and rule",
    "429": "over the client's rate limit; see Retry-After",
    "502": "the owning service failed",
    "503": "the owning service is unavailable; see Retry-After",
    "504": "the owning service did not answer in time",
}
_PURPOSE = {
    "name": PURPOSE_HEADER,
    "in": "header",
    "required": True,
    "schema": {"type": "string", "minLength": 1, "maxLength": 500},
    "description": "why the person's data is needed (recorded in the audit log): a case number or legal ground",
    "example": "case HCM-Q10/2026/0042",
}


def _scopes() -> dict[str, str]:
    every = {scope(c, a): f"{a} {description}" for c, description in CATEGORY_DESCRIPTIONS.items() for a in ACTIONS}
    return {**every, **SPECIAL_SCOPES}


def _security_schemes() -> dict[str, Any]:
    return {
        "apiKey": {
            "type": "apiKey",
            "in": "header",
            "name": "X-API-Key",
            "description": "an API key of a registered client",
        },
        "oauth2": {
            "type": "oauth2",
            "description": "OAuth2 client credentials; a citizen portal holding persons:authenticate "
            "may also use the grant type urn:labourlink:grant-type:person with `national_id` for a person's own token",
            "flows": {"clientCredentials": {"tokenUrl": "/v1/oauth/token", "scopes": _scopes()}},
        },
    }


def _secured(source: Mapping[str, Any], row: Operation) -> dict[str, Any]:
    operation = copy.deepcopy(dict(source))
    for key in ("x-scopes", "x-personal"):
        operation.pop(key, None)
    if row.scopes:
        operation["security"] = [{"oauth2": [s]} for s in row.scopes] + [{"apiKey": []}]
        needed = ", ".join(f"`{s}`" for s in row.scopes)
        operation["description"] = (
            operation.get("description", "")
            + f"\n\nNeeds {'the scope' if len(row.scopes) == 1 else 'one of the scopes'} {needed}."
        ).strip()
    else:
        operation["security"] = []
    responses = operation.setdefault("responses", {})
    for status, description in _REFUSALS.items():
        responses[status] = {"description": description, "content": _PROBLEM}
    if row.personal:
        operation["parameters"] = [p for p in operation.get("parameters", []) if p.get("name") != PURPOSE_HEADER] + [
            _PURPOSE
        ]
    return operation


def _title_of(name: str) -> str:
    """A title from a component's name: `job_matching.KpiReport` is JobMatchingKpiReport, and FastAPI's
    `…__pensions__schemas__PaymentRead` is …PensionsPaymentRead."""
    service, _, rest = name.rpartition(".")
    parts = rest.split("__")
    module = parts[-3] if len(parts) >= 3 else ""
    return "".join(word.title().replace("_", "") for word in (service, module) if word) + parts[-1]


def _unique_titles(schemas: dict[str, Any]) -> None:
    """Give schemas that share a title (two services' `KpiReport`) titles of their own: client
    generators name their classes by title, and two classes of one name cannot both exist."""
    by_title: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        by_title.setdefault(schema.get("title", name), []).append(name)
    for names in (names for names in by_title.values() if len(names) > 1):
        for name in names:
            schemas[name]["title"] = _title_of(name)


def partner_openapi(*, gateway: FastAPI, table: OperationTable) -> dict[str, Any]:
    """The partner API's document (no service is called: the table holds the routed operations)."""
    own = as_sent(get_openapi(title=gateway.title, version=gateway.version, routes=gateway.routes))
    document: dict[str, Any] = {
        "openapi": own["openapi"],
        "info": {
            "title": "LabourLink partner API",
            "version": "1",
            "description": "The only door for partner agencies and employment service centres. Deny by default: "
            "each operation names the scopes that let a call through.",
            "contact": {"name": "LabourLink operations", "url": "https://labourlink.example/support"},
        },
        "servers": [{"url": "/", "description": "this gateway"}],
        "tags": [],
        "paths": {},
        "components": {
            "schemas": {**own["components"]["schemas"], **table.schemas},
            "securitySchemes": _security_schemes(),
        },
    }
    paths: dict[str, dict[str, Any]] = {}
    for row in table.operations:
        source = own["paths"][row.path][row.method.lower()] if row.upstream is None else row.document
        paths.setdefault(row.path, {})[row.method.lower()] = _secured(source, row)
    document["paths"] = dict(sorted(paths.items()))
    _unique_titles(document["components"]["schemas"])
    document["tags"] = [
        {"name": name}
        for name in sorted({t for item in paths.values() for op in item.values() for t in op.get("tags", [])})
    ]
    return document
