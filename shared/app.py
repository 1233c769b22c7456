"""The FastAPI application of a service: health, readiness, metrics, problem+json, its routers."""

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from shared.idempotency import IdempotentRequests, with_idempotency_keys
from shared.metrics import HTTP_LATENCY, HTTP_REQUESTS
from shared.migrations import upgrade_to_head
from shared.ndjson import with_line_schemas
from shared.problems import install_problem_handlers, problem_response, problem_responses
from shared.runtime import ServiceRuntime
from shared.service import ServiceDefinition
from shared.settings import ServiceSettings


def create_service_app(definition: ServiceDefinition, settings: ServiceSettings | None = None) -> FastAPI:
    """Build the app; on start it migrates the database to head and starts the runtime."""
    settings = settings or definition.settings_class()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(upgrade_to_head, definition, settings.database_url)
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
    install_problem_handlers(app)
    # Innermost of the middleware: its answers are what the endpoints answered.
    app.add_middleware(
        IdempotentRequests,
        table=lambda: definition.messaging.idempotency,
        sessionmaker=lambda: app.state.sessionmaker,
        scope_of=definition.idempotency_scope,
    )
    _install_metrics(app, definition.name)
    if definition.install is not None:
        definition.install(app)

    @app.get("/healthz", tags=["operations"], summary="The process is up")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "service": definition.name}

    @app.get("/readyz", tags=["operations"], summary="The database and the bus are reachable")
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

    @app.get("/metrics", tags=["operations"], summary="Prometheus metrics")
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

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


def _install_metrics(app: FastAPI, service: str) -> None:
    @app.middleware("http")
    async def count_requests(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        route = getattr(request.scope.get("route"), "path", "unmatched")
        HTTP_REQUESTS.labels(service, request.method, route, str(response.status_code)).inc()
        HTTP_LATENCY.labels(service, route).observe(time.perf_counter() - started)
        return response
