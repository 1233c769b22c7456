"""One OpenAPI document for partners: the gateway's own operations and every routed operation of
the services under its public `/v1` path, with the scope each needs and the services' examples."""

import copy
from typing import Any

import orjson
from fastapi import FastAPI

from services.gateway.access.policy import PERSON_DATA
from services.gateway.routing.audited import PURPOSE_HEADER
from services.gateway.routing.routes import ROUTES, Route
from services.gateway.routing.upstream import Upstreams

_SECURITY_SCHEMES = {
    "apiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key", "description": "an API key of a registered client"},
    "oauth2": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "/v1/oauth/token", "scopes": {}}}},
}
_REFUSALS = {
    "401": {"description": "no valid credentials (problem+json)"},
    "403": {"description": "a scope is missing; `missing_scope` names it (problem+json)"},
    "429": {"description": "over the client's rate limit; see Retry-After (problem+json)"},
    "503": {"description": "the owning service is unavailable (problem+json)"},
}


def _renamed_refs(document: Any, prefix: str) -> Any:
    if isinstance(document, dict):
        return {k: (v.replace("#/components/schemas/", f"#/components/schemas/{prefix}") if k == "$ref" else _renamed_refs(v, prefix))
                for k, v in document.items()}
    if isinstance(document, list):
        return [_renamed_refs(item, prefix) for item in document]
    return document


def _routed(route: Route, operation: dict[str, Any], method: str) -> dict[str, Any]:
    operation = copy.deepcopy(operation)
    action = "read" if method == "get" else "write"
    operation["security"] = [{"apiKey": []}, {"oauth2": [f"{route.category.value}:{action}"]}]
    operation["description"] = (operation.get("description", "") + f"\n\nNeeds the scope `{route.category.value}:{action}`.").strip()
    operation.setdefault("responses", {}).update(_REFUSALS)
    operation["operationId"] = f"{route.service}_{operation.get('operationId', '')}"
    if route.category in PERSON_DATA:
        operation.setdefault("parameters", []).append({
            "name": PURPOSE_HEADER, "in": "header", "required": True, "schema": {"type": "string", "minLength": 1},
            "description": "why the person's data is needed (recorded in the audit log)", "example": "case HCM-Q10/2026/0042",
        })
    return operation


async def partner_openapi(*, gateway: FastAPI, upstreams: Upstreams) -> dict[str, Any]:
    """The merged document (fetched from the services each time: they own their contracts)."""
    document = copy.deepcopy(gateway.openapi())
    document["info"] = {"title": "LabourLink partner API", "version": "1",
                        "description": "The only door for partner agencies and employment service centres."}
    components = document.setdefault("components", {})
    components["securitySchemes"] = _SECURITY_SCHEMES
    schemas = components.setdefault("schemas", {})
    paths = {path: item for path, item in document["paths"].items() if path.startswith("/v1/")}
    for service in sorted({route.service for route in ROUTES}):
        upstream = orjson.loads((await upstreams.call(service, "GET", "/openapi.json")).content)
        prefix = f"{service}."
        upstream = _renamed_refs(upstream, prefix)
        schemas.update({prefix + name: schema for name, schema in upstream.get("components", {}).get("schemas", {}).items()})
        for route in (r for r in ROUTES if r.service == service):
            for path, item in upstream["paths"].items():
                if path == route.upstream or path.startswith(route.upstream + "/"):
                    public = "/v1" + route.public + path[len(route.upstream):]
                    paths[public] = {m: _routed(route, op, m) for m, op in item.items() if m in ("get", "post", "patch")}
    document["paths"] = dict(sorted(paths.items()))
    return document
