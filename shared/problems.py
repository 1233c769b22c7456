"""RFC 9457 problem details: every error a client sees is application/problem+json."""

from typing import Any

import asyncpg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://labourlink.example/problems/"
SHOWN_LENGTH = 200  # a value echoed back in a problem is cut to this many characters


def shown(value: object) -> str:
    """A value as a problem may echo it: at most 200 characters (a megabyte sent is not sent back)."""
    text = str(value)
    return text if len(text) <= SHOWN_LENGTH else text[:SHOWN_LENGTH] + f"… ({len(text)} characters)"


class Problem(Exception):
    """An expected error; subclasses set the HTTP status, a stable type slug and a title."""

    status: int = 400
    slug: str = "bad-request"
    title: str = "Bad request"

    def __init__(self, detail: str, **extensions: Any) -> None:
        super().__init__(detail)
        self.detail = shown_detail(detail)
        self.extensions = extensions


class NotFound(Problem):
    status, slug, title = 404, "not-found", "Not found"


class Conflict(Problem):
    status, slug, title = 409, "conflict", "Conflict"


class InvalidInput(Problem):
    """A rule of the domain refused the input; `errors` names each field and rule."""

    status, slug, title = 422, "validation", "Invalid input"

    def __init__(self, detail: str, *, errors: list[dict[str, str]]) -> None:
        super().__init__(detail, errors=errors)

    @classmethod
    def of(cls, field: str, rule: str, message: str) -> "InvalidInput":
        """One field broke one rule."""
        return cls(f"{field}: {message}", errors=[{"field": field, "rule": rule, "message": message}])


class ServiceUnavailable(Problem):
    status, slug, title = 503, "unavailable", "Service unavailable"


class Unauthorized(Problem):
    status, slug, title = 401, "unauthorized", "Credentials required"


class Forbidden(Problem):
    status, slug, title = 403, "forbidden", "Not permitted"


class TooManyRequests(Problem):
    status, slug, title = 429, "rate-limited", "Too many requests"


def shown_detail(detail: str) -> str:
    """A detail as a problem shows it: a few echoed values at most, never a whole upload."""
    return detail if len(detail) <= 5 * SHOWN_LENGTH else detail[: 5 * SHOWN_LENGTH] + "…"


def problem_document(problem: Problem) -> dict[str, Any]:
    """The problem+json body of an expected error, as one line's result in a bulk upload's report."""
    return {
        "type": PROBLEM_TYPE_BASE + problem.slug,
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
        **problem.extensions,
    }


def validation_problem(error: ValidationError, *, prefix: str = "") -> InvalidInput:
    """The problem of a record that failed its schema, each error naming its field (under
    `prefix`) and rule."""
    errors = [
        {
            "field": prefix + (".".join(str(p) for p in e["loc"]) or "record"),
            "rule": e["type"],
            "message": shown(e["msg"]),
        }
        for e in error.errors()
    ]
    return InvalidInput("; ".join(f"{e['field']}: {e['message']}" for e in errors), errors=errors)


def problem_response(
    *,
    status: int,
    slug: str,
    title: str,
    detail: str,
    instance: str,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    """Build an application/problem+json response."""
    body = {"type": PROBLEM_TYPE_BASE + slug, "title": title, "status": status, "detail": detail, "instance": instance}
    body.update(extensions)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def response_for(problem: Problem, *, instance: str) -> JSONResponse:
    """The problem+json response of an expected error."""
    # A problem that says when to come back (rate limit, open circuit) says it in the header too.
    retry_after = problem.extensions.get("retry_after")
    return problem_response(
        status=problem.status,
        slug=problem.slug,
        title=problem.title,
        detail=problem.detail,
        instance=instance,
        headers={"Retry-After": str(retry_after)} if retry_after is not None else None,
        **problem.extensions,
    )


def _field_path(location: tuple[Any, ...]) -> str:
    # ("body", "worker", "national_id") -> "worker.national_id"; the location kind is implied
    parts = [str(p) for p in location if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or str(location[0] if location else "")


def install_problem_handlers(app: FastAPI) -> None:
    """Turn domain problems, validation errors and HTTP errors into problem+json."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return response_for(exc, instance=request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {
                "field": _field_path(tuple(e.get("loc", ()))),
                "rule": e.get("type", "invalid"),
                "message": shown(e.get("msg", "")),
            }
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
        return problem_response(
            status=422,
            slug="validation",
            title="Invalid input",
            detail=detail,
            instance=request.url.path,
            errors=errors,
        )

    @app.exception_handler(IntegrityError)
    async def _conflict(request: Request, exc: IntegrityError) -> JSONResponse:
        # A uniqueness or reference rule of the database refused the change; nothing was kept.
        return problem_response(
            status=409,
            slug="conflict",
            title="Conflict",
            instance=request.url.path,
            detail="the change conflicts with data already recorded; nothing was saved",
        )

    @app.exception_handler(DBAPIError)
    @app.exception_handler(OverflowError)
    async def _out_of_range(request: Request, exc: Exception) -> JSONResponse:
        # A number the database cannot hold (an id past 64 bits) is the input's fault, not the
        # server's: SQLite's driver says OverflowError, asyncpg a DataError (wrapped or not).
        cause = getattr(getattr(exc, "orig", None), "__cause__", None)
        if isinstance(exc, DBAPIError) and not isinstance(exc, DataError) and not isinstance(cause, asyncpg.DataError):
            return await _unexpected(request, exc)
        return problem_response(
            status=422,
            slug="validation",
            title="Invalid input",
            instance=request.url.path,
            detail="a value in the request is out of the range the records can hold",
            errors=[{"field": "request", "rule": "in_range", "message": "a number is too large or too small"}],
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return problem_response(
            status=500,
            slug="internal",
            title="Internal error",
            instance=request.url.path,
            detail="an unexpected error occurred; nothing was saved",
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers or {})
        return problem_response(
            status=exc.status_code,
            slug=f"http-{exc.status_code}",
            title=str(exc.detail),
            detail=str(exc.detail),
            instance=request.url.path,
            headers=headers or None,
        )


def accepted_or_raise(outcomes: "list[Any]") -> Any:
    """The single outcome of a one-item batch, or raise the problem that refused it."""
    (outcome,) = outcomes
    if isinstance(outcome, Problem):
        raise outcome
    return outcome


PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "description": "RFC 9457 problem details; a validation problem names each field and the rule it broke in `errors`.",
    "type": "object",
    "properties": {
        "type": {"type": "string", "description": "a URI naming the kind of problem"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "instance": {"type": "string", "description": "the path that was called"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "rule", "message"],
                "properties": {"field": {"type": "string"}, "rule": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
    "required": ["type", "title", "status", "detail"],
}
_PROBLEM_CONTENT = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}


def problem_responses(document: dict[str, Any]) -> dict[str, Any]:
    """The OpenAPI document with every error answered as application/problem+json: FastAPI's
    HTTPValidationError becomes the shared Problem schema, and each operation's `default`
    response documents every other error."""
    components = document.setdefault("components", {}).setdefault("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    components["Problem"] = PROBLEM_SCHEMA
    for item in document.get("paths", {}).values():
        for operation in item.values():
            responses = operation.setdefault("responses", {})
            if "422" in responses:
                responses["422"] = {
                    "description": "invalid input: each field and the rule it broke",
                    "content": _PROBLEM_CONTENT,
                }
            responses["default"] = {"description": "an error (problem+json)", "content": _PROBLEM_CONTENT}
    return document
