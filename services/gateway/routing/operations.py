"""The partner API as one table of operations: method, public path template, owning service,
upstream template and the scopes that let a call through. Routing, the scope check and the
partner OpenAPI are all read from this table, so they cannot disagree.

The routed rows are generated from the services' own OpenAPI documents and the exposure list
(routes.py) into operations.json by `labourlink schemas`; a test fails when the file is stale.
The gateway's own rows come from its routes, which declare their scopes with `needs()`.

A request matches a template segment by segment on its raw path. A segment that is empty, `.` or
`..`, or that holds an encoded `/`, `\\`, `%`, `;`, or a control character, is refused before any
matching (see `checked_segments`); a path parameter matches one segment only and is re-encoded
when the upstream URL is built, so no client library can re-interpret it.
"""

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from services.gateway.access.policy import Category, scope
from services.gateway.routing.routes import EXPOSED, EXPOSED_METHODS, exposure_of
from shared.app import openapi_of
from shared.ndjson import MEDIA_TYPE as NDJSON
from shared.ndjson import EmptyUpload, UnsupportedMediaType
from shared.problems import InvalidInput, NotFound, Problem

OPERATIONS_FILE = Path(__file__).with_name("operations.json")
MAX_SEGMENT_LENGTH = 200
_SCHEMA_ROOT = "urn:labourlink:partner-api"
_LOCAL_REF = "#/components/schemas/"
_INT64 = range(-(2**63), 2**63)
_INTEGER = re.compile(r"^-?\d{1,19}$")
_NUMBER = re.compile(r"^-?\d{1,30}(\.\d{1,30})?$")
_BOOLEANS = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False, "off": False}
_FORBIDDEN_IN_SEGMENT = re.compile(r"[/\\%;\x00-\x1f\x7f-\x9f]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class MalformedPath(Problem):
    status, slug, title = 400, "malformed-path", "Malformed path"


class MethodNotAllowed(Problem):
    status, slug, title = 405, "method-not-allowed", "Method not allowed"


def needs(*scopes: str, personal: bool = False) -> dict[str, Any]:
    """A gateway route's declaration (its `openapi_extra`): any one of `scopes` lets the call
    through; `personal` routes return people's data (X-Purpose, audit). Read by the scope check
    and by the partner OpenAPI."""
    return {"x-scopes": list(scopes), "x-personal": personal}


def filled(template: str, values: Mapping[str, str]) -> str:
    """The path template with each parameter's value percent-encoded whole."""
    return re.sub(r"\{(\w+)\}", lambda m: quote(values[m.group(1)], safe=""), template)


@dataclass(frozen=True)
class Operation:
    """One row of the table."""

    method: str
    path: str  # public template, /v1/...
    service: str  # the owning service; "gateway" for the gateway's own operations
    scopes: tuple[str, ...]  # any one lets the call through; none: no credentials needed
    personal: bool
    category: Category | None = None  # routed rows: the data category (for the audit)
    upstream: str | None = None  # routed rows: the template on the service
    document: Mapping[str, Any] = field(
        default_factory=dict, compare=False, hash=False
    )  # routed rows: the OpenAPI operation

    @cached_property
    def template(self) -> tuple[str, ...]:
        return tuple(self.path.split("/")[1:])

    def upstream_path(self, values: Mapping[str, str]) -> str:
        """The service's path with each parameter percent-encoded whole."""
        assert self.upstream is not None
        return filled(self.upstream, values)


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_values: dict[str, str]


def checked_segments(raw_path: bytes) -> list[str]:
    """The decoded segments of a raw request path; 400 for a segment that could change meaning
    once decoded (dot segments, encoded separators, double encoding, control characters)."""
    segments = []
    for raw in raw_path.split(b"?", 1)[0].split(b"/")[1:]:
        try:
            decoded = unquote_to_bytes(raw).decode("utf-8")
        except UnicodeDecodeError as error:
            raise MalformedPath(
                "a path segment is not UTF-8", segment=raw[:MAX_SEGMENT_LENGTH].decode("latin-1")
            ) from error
        if decoded in ("", ".", "..") or _FORBIDDEN_IN_SEGMENT.search(decoded) or len(decoded) > MAX_SEGMENT_LENGTH:
            raise MalformedPath(
                "a path segment is empty, a dot segment, too long, or holds an encoded separator, '%', ';' "
                "or a control "
                "character",
                segment=raw[:MAX_SEGMENT_LENGTH].decode("latin-1"),
            )
        segments.append(decoded)
    return segments


def _specificity(operation: Operation) -> tuple[bool, ...]:
    return tuple(not part.startswith("{") for part in operation.template)


class OperationTable:
    """The rows, and finding the row of a request."""

    def __init__(self, operations: Iterable[Operation], schemas: Mapping[str, Any]) -> None:
        self.operations = tuple(operations)
        self.schemas = schemas
        registry = Registry().with_resource(
            _SCHEMA_ROOT,
            Resource.from_contents(
                {"components": {"schemas": _absolute_refs(dict(schemas))}}, default_specification=DRAFT202012
            ),
        )
        self._registry = registry
        self._checks: dict[Operation, _RequestCheck] = {}

    def routed(self) -> list[Operation]:
        return [o for o in self.operations if o.upstream is not None]

    def own(self, method: str, path: str) -> Operation | None:
        """The gateway's own row for a route template."""
        return next((o for o in self.operations if o.method == method and o.path == path and o.upstream is None), None)

    def public_path(self, service: str, upstream_path: str) -> str | None:
        """Where partners read what the service's path names (a link in its answer), or None
        when that is no partner operation."""
        segments = upstream_path.split("?", 1)[0].split("/")[1:]
        for operation in self.routed():
            template = operation.upstream.split("/")[1:] if operation.upstream else []
            if operation.service != service or operation.method != "GET" or len(template) != len(segments):
                continue
            values = {
                part[1:-1]: segment for part, segment in zip(template, segments, strict=True) if part.startswith("{")
            }
            if all(part.startswith("{") or part == segment for part, segment in zip(template, segments, strict=True)):
                return filled(operation.path, values)
        return None

    def match(self, method: str, segments: Sequence[str]) -> Match:
        """The routed row for a request's checked segments; 404 when no row has the path, 405
        (with the methods it has) when none has the method."""
        candidates = []
        for operation in self.routed():
            template = operation.template
            if len(template) != len(segments):
                continue
            values = {}
            for part, segment in zip(template, segments, strict=True):
                if part.startswith("{"):
                    values[part[1:-1]] = segment
                elif part != segment:
                    break
            else:
                candidates.append(Match(operation, values))
        if not candidates:
            raise NotFound(f"no partner operation at /{'/'.join(segments)}; see /partner-api/openapi.json")
        allowed = [c for c in candidates if c.operation.method == method]
        if not allowed:
            methods = sorted({c.operation.method for c in candidates})
            raise MethodNotAllowed(
                f"{method} is not an operation of this path; it has {', '.join(methods)}", allow=methods
            )
        return max(allowed, key=lambda c: _specificity(c.operation))

    def check_request(
        self, match: Match, query: Sequence[tuple[str, str]], body: bytes | None, media_type: str
    ) -> None:
        """422 naming the field and the rule for any path or query parameter, or JSON body, that
        does not fit the operation's schema, 415 for a body of a media type it does not take;
        nothing malformed goes upstream."""
        operation = match.operation
        if operation not in self._checks:
            self._checks[operation] = _RequestCheck(operation.document, self._registry)
        self._checks[operation].check(match.path_values, query, body, media_type)


def _absolute_refs(document: Any) -> Any:
    if isinstance(document, dict):
        return {
            k: (
                _SCHEMA_ROOT + v
                if k == "$ref" and isinstance(v, str) and v.startswith(_LOCAL_REF)
                else _absolute_refs(v)
            )
            for k, v in document.items()
        }
    if isinstance(document, list):
        return [_absolute_refs(item) for item in document]
    return document


class _RequestCheck:
    """The validators of one operation's parameters and JSON body."""

    def __init__(self, document: Mapping[str, Any], registry: Registry) -> None:
        absolute = _absolute_refs(dict(document))
        self.registry = registry
        self.parameters = {
            (p["in"], p["name"]): p for p in absolute.get("parameters", []) if p["in"] in ("path", "query")
        }
        request_body = absolute.get("requestBody", {})
        self.media_types = sorted(request_body.get("content", {}))
        self.body_required = bool(request_body.get("required"))
        body = request_body.get("content", {}).get("application/json")
        self.body = self._validator(body["schema"]) if body else None

    def _validator(self, schema: Mapping[str, Any]) -> Draft202012Validator:
        return Draft202012Validator(schema, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER)

    def _resolved(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in schema:
            schema = self.registry.resolver().lookup(schema["$ref"]).contents
        return schema

    def _types(self, schema: Mapping[str, Any]) -> set[str]:
        schema = self._resolved(schema)
        declared = schema.get("type")
        types = set(declared) if isinstance(declared, list) else {declared} if declared else set()
        for key in ("anyOf", "oneOf", "allOf"):
            for part in schema.get(key, ()):
                types |= self._types(part)
        return types

    def _coerced(self, name: str, value: str, schema: Mapping[str, Any]) -> Any:
        if _CONTROL.search(value):
            raise InvalidInput.of(name, "no_control_characters", "control characters are not allowed")
        types = self._types(schema)
        if "integer" in types and _INTEGER.fullmatch(value):
            if int(value) not in _INT64:
                raise InvalidInput.of(name, "in_range", "the number is outside the range records can hold")
            return int(value)
        if "number" in types and _NUMBER.fullmatch(value):
            return float(value)
        if "boolean" in types and value.lower() in _BOOLEANS:
            return _BOOLEANS[value.lower()]
        if "string" in types or not types - {"null"}:
            return value
        raise InvalidInput.of(name, "type", f"expected {' or '.join(sorted(types - {'null'}))}")

    def _validated(self, name: str, values: list[str], parameter: Mapping[str, Any]) -> None:
        schema = parameter.get("schema", {})
        if "array" in self._types(schema):
            items: Mapping[str, Any] = next(
                (
                    self._resolved(s).get("items", {})
                    for s in [schema, *schema.get("anyOf", ())]
                    if "array" in self._types(s)
                ),
                {},
            )
            instance: Any = [self._coerced(name, v, items) for v in values]
        elif len(values) > 1:
            raise InvalidInput.of(name, "single_value", "give this parameter once")
        else:
            instance = self._coerced(name, values[0], schema)
        # The deepest error names the rule broken (`maximum`, not the `anyOf` of an optional value).
        if error := best_match(self._validator(schema).iter_errors(instance)):
            raise InvalidInput.of(name, _rule(error), error.message[:300])

    def check(
        self, path_values: Mapping[str, str], query: Sequence[tuple[str, str]], body: bytes | None, media_type: str
    ) -> None:
        for name, value in path_values.items():
            self._validated(name, [value], self.parameters[("path", name)])
        given: dict[str, list[str]] = {}
        for name, value in query:
            given.setdefault(name, []).append(value)
        if unknown := sorted(name for name in given if ("query", name) not in self.parameters):
            raise InvalidInput.of(
                unknown[0], "known_parameter", f"not a parameter of this operation: {', '.join(unknown)}"
            )
        for (location, name), parameter in self.parameters.items():
            if location != "query":
                continue
            if name in given:
                self._validated(name, given[name], parameter)
            elif parameter.get("required"):
                raise InvalidInput.of(name, "required", "this parameter is required")
        if self.media_types and (body or self.body_required):
            if media_type not in self.media_types:
                raise UnsupportedMediaType(
                    f"send the body as {' or '.join(self.media_types)}", accepted=self.media_types
                )
            if media_type == NDJSON and not (body or b"").strip():
                raise EmptyUpload("the upload holds no line; send one JSON object a line")
            if self.body is not None and media_type == "application/json":
                self._check_body(body or b"")

    def _check_body(self, body: bytes) -> None:
        assert self.body is not None
        try:
            document = json.loads(body)
        except (ValueError, UnicodeDecodeError) as error:
            raise InvalidInput.of("body", "json_invalid", f"the body is not JSON: {str(error)[:200]}") from error
        errors = [
            best_match([e]) for e in sorted(self.body.iter_errors(document), key=lambda e: list(e.absolute_path))[:20]
        ]
        if errors:
            found = [
                {
                    "field": ".".join(str(p) for p in e.absolute_path) or "body",
                    "rule": _rule(e),
                    "message": e.message[:300],
                }
                for e in errors
            ]
            raise InvalidInput("; ".join(f"{e['field']}: {e['message']}" for e in found), errors=found)


def _rule(error: ValidationError) -> str:
    """The rule a value broke: the schema's own name for it (x-rule, e.g. invalid_national_id) or the keyword."""
    return str(error.schema.get("x-rule", error.validator) if isinstance(error.schema, dict) else error.validator)


# --- the table, and generating its routed rows -------------------------------------------------


# Every service documents its errors with the platform's one Problem schema: partners see one.
_SHARED_SCHEMAS = {"Problem"}


def _renamed_ref(ref: str, prefix: str) -> str:
    name = ref.removeprefix(_LOCAL_REF)
    return ref if name in _SHARED_SCHEMAS else _LOCAL_REF + prefix + name


def _renamed_refs(document: Any, prefix: str) -> Any:
    if isinstance(document, dict):
        return {k: (_renamed_ref(v, prefix) if k == "$ref" else _renamed_refs(v, prefix)) for k, v in document.items()}
    if isinstance(document, list):
        return [_renamed_refs(item, prefix) for item in document]
    return document


def _referenced(document: Any, schemas: Mapping[str, Any], found: set[str]) -> set[str]:
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(_LOCAL_REF):
                name = value[len(_LOCAL_REF) :]
                if name not in found and name in schemas:
                    found.add(name)
                    _referenced(schemas[name], schemas, found)
            else:
                _referenced(value, schemas, found)
    elif isinstance(document, list):
        for item in document:
            _referenced(item, schemas, found)
    return found


def generated_operations(documents: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The routed rows from each service's OpenAPI document: every exposed operation, under its
    public path, with the schemas it refers to (named `<service>.<schema>`)."""
    operations: list[dict[str, Any]] = []
    schemas: dict[str, Any] = {}
    for service, document in sorted(documents.items()):
        prefix = f"{service}."
        own_schemas = {
            prefix + name: _renamed_refs(s, prefix)
            for name, s in document.get("components", {}).get("schemas", {}).items()
            if name not in _SHARED_SCHEMAS
        }
        for path, item in document["paths"].items():
            exposure = exposure_of(service, path)
            if exposure is None:
                continue
            for method, operation in item.items():
                if method not in EXPOSED_METHODS:
                    continue
                operation = _renamed_refs(operation, prefix)
                operation["operationId"] = f"{service}_{operation['operationId']}"
                operations.append(
                    {
                        "method": method.upper(),
                        "path": "/v1" + exposure.public_prefix + path[len(exposure.upstream) :],
                        "service": service,
                        "upstream": path,
                        "category": exposure.category.value,
                        "action": "read" if method == "get" else "write",
                        "personal": exposure.names_people,
                        "openapi": operation,
                    }
                )
                schemas.update({name: own_schemas[name] for name in _referenced(operation, own_schemas, set())})
    operations.sort(key=lambda o: (o["path"], o["method"]))
    return {"operations": operations, "schemas": dict(sorted(schemas.items()))}


def rendered_operations(documents: Mapping[str, Mapping[str, Any]]) -> str:
    """operations.json's text: stable, so a diff shows exactly what partners can newly reach."""
    return json.dumps(generated_operations(documents), indent=1, ensure_ascii=False) + "\n"


def routed_rows(generated: Mapping[str, Any]) -> list[Operation]:
    return [
        Operation(
            method=row["method"],
            path=row["path"],
            service=row["service"],
            upstream=row["upstream"],
            category=Category(row["category"]),
            scopes=(scope(Category(row["category"]), row["action"]),),
            personal=row["personal"],
            document=row["openapi"],
        )
        for row in generated["operations"]
    ]


def own_rows(routes: Iterable[Any]) -> list[Operation]:
    """The gateway's own partner operations: its /v1 routes with their `needs()` declarations."""
    rows = []
    for route in routes:
        path = getattr(route, "path", "")
        extra = getattr(route, "openapi_extra", None) or {}
        if not path.startswith("/v1/") or "x-scopes" not in extra:
            continue
        for method in sorted(route.methods - {"HEAD"}):
            rows.append(
                Operation(
                    method=method,
                    path=path,
                    service="gateway",
                    scopes=tuple(extra["x-scopes"]),
                    personal=extra["x-personal"],
                )
            )
    return rows


def load_table(gateway_routes: Iterable[Any]) -> OperationTable:
    """The whole table: the gateway's own rows and the generated routed rows."""
    generated = json.loads(OPERATIONS_FILE.read_text())
    return OperationTable([*own_rows(gateway_routes), *routed_rows(generated)], generated["schemas"])


def write_operations(*, check: bool = False) -> bool:
    """Write operations.json from the services' OpenAPI documents (with `check`, only compare);
    True when the file differed."""
    from services.registry import load_service  # generation only; the running gateway reads the file

    text = rendered_operations({name: openapi_of(load_service(name)) for name in sorted({e.service for e in EXPOSED})})
    changed = not OPERATIONS_FILE.exists() or OPERATIONS_FILE.read_text() != text
    if changed and not check:
        OPERATIONS_FILE.write_text(text)
    return changed
