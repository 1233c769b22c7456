"""One OpenAPI document for partners, made from the operation table: the gateway's own operations
and every routed operation under its public `/v1` path, each with the security it needs (any one
of its scopes, by API key or OAuth2 token), X-Purpose where it returns people's data, and errors
as problem+json. Because the routes and the scope checks are read from the same table, the
document cannot promise what the gateway does not do."""

import copy
import json
import re
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from services.gateway.access.policy import ACTIONS, CATEGORY_DESCRIPTIONS, SENSITIVE_FIELDS, SPECIAL_SCOPES, scope
from services.gateway.routing.admission import PURPOSE_HEADER
from services.gateway.routing.operations import Operation, OperationTable, _referenced, load_table
from services.gateway.routing.person import SECTIONS
from services.gateway.routing.schemas import PERSON_RECORD_SCHEMA
from shared.app import as_sent, create_service_app
from shared.ndjson import MEDIA_TYPE as NDJSON
from shared.problems import PROBLEM_MEDIA_TYPE

_COMPONENTS = "#/components/schemas/"
_PROBLEM = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": _COMPONENTS + "Problem"}}}
_BINARY = {"type": "string", "format": "binary"}
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


def _class_name(name: str) -> str:
    """The title of the component `name`, which generators name its class by: `labour.Page_WorkerRead_`
    is LabourPageWorkerRead. A routed schema's title always names its service, not only when another
    service has a schema of that name, so a partner's generated class keeps its name across releases."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[._]+", name) if word)


def _response_schemas(paths: Mapping[str, Any], schemas: Mapping[str, Any]) -> set[str]:
    return _referenced([op["responses"] for item in paths.values() for op in item.values()], schemas, set())


def _as_answered(schemas: dict[str, Any], answered: set[str]) -> None:
    """Sensitive fields are cut from the answers of agencies that may not see them (`minimised`), so
    an answer's schema must not require them: a generated client would refuse those answers."""
    sensitive = frozenset().union(*SENSITIVE_FIELDS.values())
    for name in answered:
        schema = schemas[name]
        if cut := sensitive & set(schema.get("required", ())):
            schema["required"] = [f for f in schema["required"] if f not in cut]
            for field in sorted(cut):
                schema["properties"][field]["description"] = (
                    schema["properties"][field].get("description", "") + " (absent for agencies that may not see it)"
                ).strip()


def _typed_media(operation: dict[str, Any]) -> None:
    """Every body typed: a file (PDF) is binary and a CSV table text, and an NDJSON upload's example is
    one line, as its schema (the line's) describes."""
    bodies = [operation.get("requestBody", {}), *operation["responses"].values()]
    for media_type, media in ((t, m) for body in bodies for t, m in body.get("content", {}).items()):
        if media_type == NDJSON and isinstance(media.get("example"), str):
            media["example"] = json.loads(media["example"].splitlines()[0])
        elif "schema" not in media:
            media["schema"] = {"type": "string"} if media_type.startswith("text/") else _BINARY


def _person_record(table: OperationTable) -> dict[str, Any]:
    """The person record's schemas: each section the answer of the service's own read of that
    category (the same components the routed reads answer with), so the record cannot drift from them."""
    reads = {(o.service, re.sub(r"\{\w+\}", "{}", o.upstream or "")): o for o in table.routed() if o.method == "GET"}
    sections: dict[str, Any] = {}
    for section in SECTIONS:
        read = reads[(section.service, re.sub(r"\{\w+\}", "{}", section.path))]
        answer = read.document["responses"]["200"]["content"]["application/json"]["schema"]
        if section.single:
            sections[section.category.value] = {"anyOf": [answer, {"type": "null"}]}
            continue
        page = table.schemas.get(answer.get("$ref", "").removeprefix(_COMPONENTS), answer)
        items = page.get("properties", {}).get("items", {"type": "array", "items": {"type": "object"}})
        sections[section.category.value] = {k: v for k, v in items.items() if k != "title"}
    return {
        PERSON_RECORD_SCHEMA: {
            "type": "object",
            "description": "what labour, social insurance and job matching hold about one person",
            "properties": {"national_id": {"type": "string"}, "sections": {"$ref": _COMPONENTS + "PersonSections"}},
            "required": ["national_id", "sections"],
        },
        "PersonSections": {
            "type": "object",
            "description": "a section per data category the caller may read; the others are absent",
            "properties": sections,
        },
    }


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
            "securitySchemes": _security_schemes(),
        },
    }
    paths: dict[str, dict[str, Any]] = {}
    for row in table.operations:
        source = own["paths"][row.path][row.method.lower()] if row.upstream is None else row.document
        paths.setdefault(row.path, {})[row.method.lower()] = _secured(source, row)
        _typed_media(paths[row.path][row.method.lower()])
    document["paths"] = dict(sorted(paths.items()))
    every = {**own["components"]["schemas"], **table.schemas, **_person_record(table)}
    # Only what the partner operations use: the gateway's operator routes are no partner's business.
    used = _referenced(document["paths"], every, set())
    schemas = {name: {**copy.deepcopy(every[name]), "title": _class_name(name)} for name in sorted(used)}
    _as_answered(schemas, _response_schemas(document["paths"], schemas))
    document["components"]["schemas"] = schemas
    document["tags"] = [
        {"name": name}
        for name in sorted({t for item in paths.values() for op in item.values() for t in op.get("tags", [])})
    ]
    return document


def partner_document() -> dict[str, Any]:
    """The partner document as the gateway serves it, made without starting the gateway (for generating clients)."""
    from services.gateway.service import definition  # it imports this module

    gateway = create_service_app(definition, definition.settings_class.model_construct())
    return partner_openapi(gateway=gateway, table=load_table(gateway.routes))
