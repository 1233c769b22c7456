"""What every gateway request goes through: a request id and trace context carried to the
services, a limit on the size of request bodies, no partner path whose segments could change
meaning once decoded, and the security headers of every answer."""

import asyncio
import secrets
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.gateway.access import in_flight
from services.gateway.access.in_flight import InFlight
from services.gateway.routing.operations import checked_segments
from services.gateway.settings import GatewaySettings
from shared.ndjson import MEDIA_TYPE as NDJSON
from shared.ndjson import LineCounter, TooManyLines
from shared.problems import NotFound, Problem, problem_response, response_for

_TRACEPARENT_LENGTH = 55  # 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>


def child_traceparent(incoming: str | None) -> str:
    """A W3C traceparent for the gateway's calls: the caller's trace continued, or a new one."""
    if incoming and len(incoming) == _TRACEPARENT_LENGTH and incoming.count("-") == 3:
        version, trace_id, _, flags = incoming.split("-")
        return f"{version}-{trace_id}-{secrets.token_hex(8)}-{flags}"
    return f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-01"


class _Refused(Exception):
    """The body broke a limit: the problem to answer with, if nothing was answered yet."""

    def __init__(self, response: Response) -> None:
        self.response = response


BODY_WAIT_SECONDS = 30.0  # longest wait for the next part of a request body


def _too_large(path: str, limit: int) -> Response:
    return problem_response(
        status=413,
        slug="too-large",
        title="Request too large",
        instance=path,
        detail=f"the request body is over the limit of {limit} bytes",
        max_bytes=limit,
    )


def _too_many_lines(path: str, limit: int) -> Response:
    problem = TooManyLines(f"the upload holds more than {limit} lines; send it in parts", max_lines=limit)
    return response_for(problem, instance=path)


class BodyLimit:
    """413 problem+json for a body over the byte limit, declared or streamed, or for an NDJSON
    upload of more lines than the line limit (many tiny lines cost a service far more than their
    bytes); 408 for a body whose next part does not come within `wait_seconds` (a slow-loris
    sender holds no worker for long). Counted as the body streams in, so nothing over a limit is
    held in memory or forwarded."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: Callable[[], int],
        max_lines: Callable[[], int],
        wait_seconds: float = BODY_WAIT_SECONDS,
    ) -> None:
        self.app = app
        self.max_bytes, self.max_lines = max_bytes, max_lines
        self.wait_seconds = wait_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, path = self.max_bytes(), scope["path"]
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _too_large(path, limit)(scope, receive, send)
            return
        content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        lines = LineCounter() if content_type == NDJSON.encode() else None
        max_lines = self.max_lines()
        received = 0
        started = body_done = False

        async def limited() -> Message:
            nonlocal received, body_done
            try:
                # Only the body is timed: once it is in, receive() waits for a disconnect, for as long as it takes.
                async with asyncio.timeout(None if body_done else self.wait_seconds):
                    message = await receive()
            except TimeoutError:
                raise _Refused(
                    problem_response(
                        status=408,
                        slug="body-timeout",
                        title="Request body too slow",
                        instance=path,
                        detail=f"no part of the request body came for {self.wait_seconds:g} s",
                        headers={"Connection": "close"},
                    )
                ) from None
            body_done = body_done or not (message["type"] == "http.request" and message.get("more_body"))
            if message["type"] == "http.request":
                part = message.get("body", b"")
                received += len(part)
                if received > limit:
                    raise _Refused(_too_large(path, limit))
                if lines is not None and lines.feed(part) > max_lines:
                    raise _Refused(_too_many_lines(path, max_lines))
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, tracking)
        except _Refused as refused:
            if not started:
                await refused.response(scope, receive, send)


HSTS = "max-age=31536000; includeSubDomains"  # a year: browsers reach the gateway by TLS alone once they have


class SecurityHeaders:
    """The headers every answer of the gateway carries unless it set its own: no content sniffing;
    no caching of the partner API's answers, which hold people's data (a client keeps an ETag
    itself); and, on a request that came over TLS, HSTS. No CORS header is ever added: browsers
    of other origins are refused by default."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        added = [(b"x-content-type-options", b"nosniff")]
        if scope["path"].startswith("/v1/"):
            added.append((b"cache-control", b"no-store"))
        if scope.get("scheme") == "https":
            added.append((b"strict-transport-security", HSTS.encode()))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((name, value) for name, value in added if name not in present),
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


class ReleasesInFlight:
    """Gives back the slot of the client's requests in flight (access/in_flight.py) that the
    request took when it was authenticated, however it ends: answered, refused or cancelled."""

    def __init__(self, app: ASGIApp, *, in_flight: InFlight) -> None:
        self.app, self.in_flight = app, in_flight

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = scope.setdefault("state", {})  # the request's state, shared with every copy of the scope
        try:
            await self.app(scope, receive, send)
        finally:
            if (client_id := state.pop(in_flight.STATE, None)) is not None:
                self.in_flight.leave(client_id)


DOCUMENT_PATHS = frozenset({"/openapi.json", "/partner-api/openapi.json"})
INTERACTIVE_PATHS = ("/docs", "/redoc", "/static-offline-docs/")


def _closed_document_path(path: str, settings: GatewaySettings) -> bool:
    """Whether the path serves the API's document or its interactive pages, and the settings close them."""
    if path in DOCUMENT_PATHS:
        return not settings.openapi_document
    return not settings.interactive_docs and path.startswith(INTERACTIVE_PATHS)


def install_protection(app: FastAPI) -> None:
    """Request ids, trace context, the limits on request bodies and on each client's requests in
    flight, and the API documents served only as configured."""
    # The gateway is the one door partners come in by, with credentials of their own
    # (access/caller.py); it holds the internal credential, it does not ask for one.
    app.state.internal_audience = None

    @app.middleware("http")
    async def well_formed_paths(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        # Checked on the raw path, before routing: a dot segment or an encoded separator is refused
        # for every /v1 operation, the gateway's own included, not only for the routed ones.
        if request.url.path.startswith("/v1/"):
            try:
                checked_segments(request.scope.get("raw_path") or request.url.path.encode())
            except Problem as problem:
                return response_for(problem, instance=request.url.path)
        return await call_next(request)

    @app.middleware("http")
    async def documents_as_configured(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        # Read at each request, so a deployment (or a test) changes it without a new app.
        if _closed_document_path(request.url.path, app.state.settings):
            return response_for(NotFound("not served here"), instance=request.url.path)
        return await call_next(request)

    @app.middleware("http")
    async def trace(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        request.state.traceparent = child_traceparent(request.headers.get("traceparent"))
        return await call_next(request)

    app.add_middleware(
        BodyLimit,
        max_bytes=lambda: app.state.settings.max_request_bytes,
        max_lines=lambda: app.state.settings.max_upload_lines,
    )
    app.add_middleware(SecurityHeaders)
    app.state.in_flight = InFlight()
    app.add_middleware(ReleasesInFlight, in_flight=app.state.in_flight)
