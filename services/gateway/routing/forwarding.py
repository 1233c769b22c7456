"""Forwarding one partner call to a service and shaping the answer for the caller: minimised to
what the caller's agency kind may see, with the people it touched found for the audit."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import httpx
import orjson
from fastapi import Request, Response

from services.gateway.access.caller import Caller
from services.gateway.access.policy import minimised
from services.gateway.routing.upstream import Upstreams
from shared.app import REQUEST_ID_HEADER
from shared.idempotency import HEADER as IDEMPOTENCY_HEADER
from shared.national_id import NATIONAL_ID_PATTERN, normalised
from shared.national_id import national_ids_in as people_in
from shared.problems import PROBLEM_MEDIA_TYPE

_NATIONAL_ID = re.compile(NATIONAL_ID_PATTERN)
_FORWARDED_HEADERS = ("content-type", "accept", "if-none-match", "accept-language")
_RETURNED_HEADERS = ("etag", "retry-after", "content-disposition")


def people_in_lines(body: bytes) -> set[str]:
    """Every national ID the lines of an NDJSON upload name (a line that is not JSON names no one:
    the service rejects it and says why)."""
    people: set[str] = set()
    for line in body.splitlines():
        try:
            people |= people_in(orjson.loads(line))
        except orjson.JSONDecodeError:
            continue
    return people


def people_asked_for(request: Request) -> set[str]:
    """National IDs the request names in its path or its `national_id` parameter."""
    named = {normalised(segment) for segment in request.url.path.split("/") if _NATIONAL_ID.match(segment)}
    named |= {
        normalised(value) for value in request.query_params.getlist("national_id") if _NATIONAL_ID.match(value.strip())
    }
    return named


def upstream_headers(request: Request) -> dict[str, str]:
    """What the service needs to see of the partner's request: content negotiation and the trace
    (the caller's continued; while tracing is on, the client's instrumentation puts its own span's)."""
    headers = {name: request.headers[name] for name in _FORWARDED_HEADERS if name in request.headers}
    headers[REQUEST_ID_HEADER] = request.state.request_id
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
    return isinstance(records, list) and any(
        isinstance(r, dict) and "id" in r and "national_id" not in r for r in records
    )


def _public_links(document: Any, link: Callable[[str], str | None]) -> Any:
    """The document with each `existing` link of the service's as the partner API's path (or without
    it, where partners cannot follow it)."""
    if isinstance(document, dict):
        shown = {k: _public_links(v, link) for k, v in document.items()}
        if isinstance(shown.get("existing"), str):
            if (public := link(shown["existing"])) is None:
                del shown["existing"]
            else:
                shown["existing"] = public
        return shown
    if isinstance(document, list):
        return [_public_links(item, link) for item in document]
    return document


def shaped(
    upstream: httpx.Response, caller: Caller, *, public_path: str, link: Callable[[str], str | None]
) -> Forwarded:
    """The service's answer without the fields the caller may not see, and the people in it; a
    problem names the public path the partner called, and links name public paths, not the service's."""
    headers = {name: upstream.headers[name] for name in _RETURNED_HEADERS if name in upstream.headers}
    content_type = upstream.headers.get("content-type", "")
    if upstream.status_code == 304 or "json" not in content_type:
        return Forwarded(
            Response(
                upstream.content, status_code=upstream.status_code, headers=headers, media_type=content_type or None
            )
        )
    document = _public_links(minimised(orjson.loads(upstream.content), caller.hidden), link)
    if content_type.startswith(PROBLEM_MEDIA_TYPE) and isinstance(document, dict):
        document["instance"] = public_path
    body = orjson.dumps(document)
    return Forwarded(
        Response(body, status_code=upstream.status_code, headers=headers, media_type=content_type.split(";")[0]),
        people_in(document) if upstream.is_success else set(),
        upstream.is_success and _has_unnamed_records(document),
    )


async def forward(
    upstreams: Upstreams,
    request: Request,
    caller: Caller,
    *,
    service: str,
    path: str,
    content: bytes | None,
) -> Forwarded:
    """Send the partner's call on to the service and shape its answer."""
    headers = upstream_headers(request)
    if request.method == "POST" and (key := request.headers.get(IDEMPOTENCY_HEADER)):
        # The service remembers the key too, qualified by the client, so that a retry the gateway
        # could not answer from its own store (its transaction was lost) still has one effect.
        headers[IDEMPOTENCY_HEADER] = f"{caller.client_id}:{key}"
    upstream = await upstreams.call(
        service,
        request.method,
        path,
        params=list(request.query_params.multi_items()),
        content=content,
        headers=headers,
    )
    return shaped(
        upstream, caller, public_path=request.url.path, link=partial(request.app.state.operations.public_path, service)
    )
