"""What every gateway request goes through: a request id and trace context carried to the
services, a limit on the size of request bodies, and no partner path whose segments could change
meaning once decoded."""

import secrets
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.gateway.routing.operations import checked_segments
from shared.problems import Problem, problem_response, response_for

_TRACEPARENT_LENGTH = 55  # 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>


def child_traceparent(incoming: str | None) -> str:
    """A W3C traceparent for the gateway's calls: the caller's trace continued, or a new one."""
    if incoming and len(incoming) == _TRACEPARENT_LENGTH and incoming.count("-") == 3:
        version, trace_id, _, flags = incoming.split("-")
        return f"{version}-{trace_id}-{secrets.token_hex(8)}-{flags}"
    return f"00-{secrets.token_hex(16)}-{secrets.token_hex(8)}-01"


class _TooLarge(Exception):
    pass


class BodyLimit:
    """413 problem+json for a body over the limit, declared or streamed."""

    def __init__(self, app: ASGIApp, *, max_bytes: Callable[[], int]) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes()
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, receive, send, limit)
            return
        received = 0
        started = False

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, tracking)
        except _TooLarge:
            if not started:
                await self._refuse(scope, receive, send, limit)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = problem_response(
            status=413,
            slug="too-large",
            title="Request too large",
            instance=scope["path"],
            detail=f"the request body is over the limit of {limit} bytes",
            max_bytes=limit,
        )
        await response(scope, receive, send)


def install_protection(app: FastAPI) -> None:
    """Request ids, trace context and the body-size limit."""

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
    async def trace(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        request.state.traceparent = child_traceparent(request.headers.get("traceparent"))
        return await call_next(request)

    app.add_middleware(BodyLimit, max_bytes=lambda: app.state.settings.max_request_bytes)
