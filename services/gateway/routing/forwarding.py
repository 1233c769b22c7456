"""Forwarding one partner call to a service and shaping the answer for the caller: minimised to
what the caller's agency kind may see, with the people it touched found for the audit."""

import re
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson
from fastapi import Request, Response

from services.gateway.access.caller import Caller
from services.gateway.access.policy import minimised
from services.gateway.routing.upstream import Upstreams
from shared.national_id import NATIONAL_ID_PATTERN, normalised
from shared.problems import PROBLEM_MEDIA_TYPE

_NATIONAL_ID = re.compile(NATIONAL_ID_PATTERN)
_FORWARDED_HEADERS = ("content-type", "accept", "if-none-match", "accept-language")
_RETURNED_HEADERS = ("etag", "retry-after", "content-disposition")


def people_in(document: Any, found: set[str] | None = None) -> set[str]:
    """Every national ID a JSON document names (under a `national_id` key, at any depth)."""
    found = set() if found is None else found
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "national_id" and isinstance(value, str):
                found.add(normalised(value))
            else:
                people_in(value, found)
    elif isinstance(document, list):
        for item in document:
            people_in(item, found)
    return found


def people_asked_for(request: Request) -> set[str]:
    """National IDs the request names in its path or its `national_id` parameter."""
    named = {normalised(segment) for segment in request.url.path.split("/") if _NATIONAL_ID.match(segment)}
    named |= {normalised(value) for value in request.query_params.getlist("national_id") if _NATIONAL_ID.match(value.strip())}
    return named


def upstream_headers(request: Request) -> dict[str, str]:
    """What the service needs to see of the partner's request: content negotiation and the trace."""
    headers = {name: request.headers[name] for name in _FORWARDED_HEADERS if name in request.headers}
    headers["x-request-id"] = request.state.request_id
    headers["traceparent"] = request.state.traceparent
    return headers


@dataclass
class Forwarded:
    """A service's answer as the caller receives it."""

    response: Response
    people: set[str] = field(default_factory=set)
    # Records in the answer that do not name their person (a contract shows its worker's row id).
    unnamed_records: bool = False


def _has_unnamed_records(document: Any) -> bool:
    records = document.get("items", [document]) if isinstance(document, dict) else document
    return isinstance(records, list) and any(isinstance(r, dict) and "id" in r and "national_id" not in r for r in records)


def shaped(upstream: httpx.Response, caller: Caller, *, public_path: str) -> Forwarded:
    """The service's answer without the fields the caller may not see, and the people in it; a
    problem names the public path the partner called, not the service's."""
    headers = {name: upstream.headers[name] for name in _RETURNED_HEADERS if name in upstream.headers}
    content_type = upstream.headers.get("content-type", "")
    if upstream.status_code == 304 or "json" not in content_type:
        return Forwarded(Response(upstream.content, status_code=upstream.status_code, headers=headers,
                                  media_type=content_type or None))
    document = minimised(orjson.loads(upstream.content), caller.hidden)
    if content_type.startswith(PROBLEM_MEDIA_TYPE) and isinstance(document, dict):
        document["instance"] = public_path
    body = orjson.dumps(document)
    return Forwarded(Response(body, status_code=upstream.status_code, headers=headers, media_type=content_type.split(";")[0]),
                     people_in(document) if upstream.is_success else set(),
                     upstream.is_success and _has_unnamed_records(document))


async def forward(
    upstreams: Upstreams, request: Request, caller: Caller, *, service: str, path: str, content: bytes | None,
) -> Forwarded:
    """Send the partner's call on to the service and shape its answer."""
    upstream = await upstreams.call(
        service, request.method, path, params=list(request.query_params.multi_items()), content=content,
        headers=upstream_headers(request),
    )
    return shaped(upstream, caller, public_path=request.url.path)
