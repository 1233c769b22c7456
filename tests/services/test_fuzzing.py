"""The fuzzing helper fails where it should: an answer off its declared schema, and a server error,
are both reported (otherwise a clean fuzz run would prove nothing)."""

import httpx
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from shared.app import as_sent
from shared.problems import install_problem_handlers
from tests.services.fuzzing import fuzz


class Count(BaseModel):
    count: int


def broken_app() -> FastAPI:
    app = FastAPI()
    install_problem_handlers(app)

    @app.get("/counts/{n}", response_model=Count, responses={200: {"model": Count}})
    async def count(n: int) -> JSONResponse:
        if n % 2:
            raise RuntimeError("odd")
        return JSONResponse({"count": "many"})  # breaks its own schema

    build = app.openapi
    app.openapi = lambda: as_sent(build())  # type: ignore[method-assign]
    return app


async def test_fuzzing_reports_answers_off_their_schema_and_server_errors() -> None:
    app = broken_app()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False), base_url="http://test"
    ) as client:
        calls, failures = await fuzz(client, app.openapi(), headers={}, examples=20)
    assert calls > 5
    assert {status for _, _, status, _ in failures} == {200, 500}
