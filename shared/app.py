"""The FastAPI application of a service: health, readiness, metrics, problem+json, its routers."""

import asyncio
import re
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import structlog
from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from shared import tracing
from shared.idempotency import IdempotentRequests, with_idempotency_keys
from shared.internal_credentials import CLAIMS_STATE, InternalClaims, InternalCredentialRequired
from shared.messaging.dead_letters.endpoints import router as dead_letters
from shared.metrics import HTTP_LATENCY, HTTP_REQUESTS, PARTNER_REQUESTS
from shared.migrations import upgrade_to_head
from shared.ndjson import with_line_schemas
from shared.problems import install_problem_handlers, problem_response, problem_responses
from shared.runtime import ServiceRuntime
from shared.service import ServiceDefinition
from shared.settings import ServiceSettings

log = structlog.get_logger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"
# What a caller's request id may look like: it goes into every log line and the audit log.
_REQUEST_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$")


# What every process of a service answers about itself, read from its app's `state.runtime`: each
# API, and the health server of a worker process (create_health_app), with the same checks.
operations = APIRouter(tags=["operations"])


@operations.get("/healthz", summary="The process is up")
async def healthz(request: Request) -> dict[str, str]:
    # Answered from the process's event loop: an answer says the loop turns.
    return {"status": "ok", "service": request.app.state.runtime.definition.name}


@operations.get("/readyz", summary="The database and the bus are reachable")
async def readyz(request: Request) -> Response:
    checks = await request.app.state.runtime.check_ready()
    if all(state == "ok" for state in checks.values()):
        return JSONResponse({"status": "ready", "checks": checks})
    return problem_response(
        status=503,
        slug="not-ready",
        title="Not ready",
        instance=request.url.path,
        detail="; ".join(f"{name}: {state}" for name, state in checks.items() if state != "ok"),
        checks=checks,
    )


@operations.get("/metrics", summary="Prometheus metrics")
async def metrics(request: Request) -> Response:
    try:
        await request.app.state.runtime.observe()
    except Exception as error:  # the counters are still worth reading when the database or bus is not
        log.warning("metrics_not_refreshed", error=repr(error))
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def create_health_app(runtime: ServiceRuntime) -> FastAPI:
    """The HTTP side of a worker process (`labourlink worker`, which serves no API): its health,
    readiness and metrics, and nothing else, not even documentation."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.runtime = runtime
    app.include_router(operations)
    return app


def create_service_app(definition: ServiceDefinition, settings: ServiceSettings | None = None) -> FastAPI:
    """Build the app; on start it migrates the database to head and starts the runtime."""
    settings = settings or definition.settings_class()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(upgrade_to_head, definition, settings.database_url)
        if not settings.internal_token_keys:
            log.warning(
                "internal_token_keys_unset",
                consequence="no internal credential can be signed or verified: a service refuses every API call",
            )
        runtime = ServiceRuntime(definition, settings)
        await runtime.start(workers=settings.run_workers)
        app.state.runtime = runtime
        app.state.sessionmaker = runtime.sessionmaker
        try:
            if definition.resources is None:
                yield
            else:
                async with definition.resources(app):
                    yield
        finally:
            await runtime.stop()

    # /docs and /redoc with their scripts served from the package, not a CDN: they work offline.
    # Operation ids are the endpoints' names (`upload_terminations`), which generated clients use.
    app = FastAPIOffline(
        title=definition.title,
        description=definition.description,
        version="1",
        lifespan=lifespan,
        generate_unique_id_function=lambda route: route.name,
    )
    app.state.settings = settings
    # Only the gateway and the platform's own callers reach a service: the audience its internal
    # credentials must name. The gateway clears it when it installs itself (partners call it).
    app.state.internal_audience = definition.name
    install_problem_handlers(app)
    # Innermost of the middleware: its answers are what the endpoints answered.
    app.add_middleware(
        IdempotentRequests,
        table=lambda: definition.messaging.idempotency,
        sessionmaker=lambda: app.state.sessionmaker,
        scope_of=definition.idempotency_scope,
    )
    # Outside the idempotency store, so a remembered answer is not replayed to a caller without one;
    # inside the request context, so a refusal is logged and counted with its request id.
    app.add_middleware(
        InternalCredentialRequired,
        audience=lambda: app.state.internal_audience,
        keys=lambda: app.state.settings.internal_token_keys,
    )
    _install_request_context(app, definition.name)
    if definition.install is not None:
        definition.install(app)
    tracing.instrument_app(app, definition.name)

    app.include_router(operations)
    app.include_router(dead_letters)  # the operator console's (the gateway closes it to the network)

    for router in definition.routers:
        app.include_router(router)
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = as_sent(build())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to customise the document
    return app


def as_sent(document: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI document that describes requests and answers as they really are: errors as
    problem+json, NDJSON uploads line by line, and the Idempotency-Key every POST takes."""
    return problem_responses(with_line_schemas(with_idempotency_keys(document)))


def openapi_of(definition: ServiceDefinition) -> dict[str, Any]:
    """The service's OpenAPI document as its app serves it, built without starting the service."""
    return create_service_app(definition, definition.settings_class.model_construct()).openapi()


def request_id_of(request: Request) -> str:
    """The caller's X-Request-ID when it is a plausible id, else a new one."""
    given = request.headers.get(REQUEST_ID_HEADER, "")
    return given if _REQUEST_ID.match(given) else uuid.uuid4().hex


def _install_request_context(app: FastAPI, service: str) -> None:
    @app.middleware("http")
    async def request_context(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """A request id on the request, its logs and its answer; one log line and the metrics of each request."""
        started = time.perf_counter()
        request.state.request_id = request_id_of(request)
        with structlog.contextvars.bound_contextvars(request_id=request.state.request_id):
            response = await call_next(request)
            response.headers[REQUEST_ID_HEADER] = request.state.request_id
            state = request.state
            # A partner call is labelled with its operation's template (the gateway's admission sets it).
            route = getattr(state, "route_template", None) or getattr(request.scope.get("route"), "path", "unmatched")
            status, elapsed = str(response.status_code), time.perf_counter() - started
            HTTP_REQUESTS.labels(service, request.method, route, status).inc()
            HTTP_LATENCY.labels(service, request.method, route, status).observe(elapsed)
            if (partner := getattr(state, "partner_client", None)) is not None:
                upstream = getattr(state, "upstream", service)
                PARTNER_REQUESTS.labels(request.method, route, status, upstream, partner).inc()
            if route not in _QUIET_ROUTES:
                # A service's line names who called it through the gateway, from the internal credential.
                claims: InternalClaims | None = getattr(state, CLAIMS_STATE, None)
                log.info(
                    "request_handled",
                    method=request.method,
                    route=route,
                    status=response.status_code,
                    duration_ms=round(elapsed * 1000, 1),
                    **({"partner_client": partner} | (claims.log_fields() if claims else {})),
                )
        return response


_QUIET_ROUTES = {"/healthz", "/readyz", "/metrics"}  # probes and scrapes would drown the log
