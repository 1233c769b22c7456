"""The one NDJSON importer every bulk upload goes through (labour's centre sync, social
insurance's claims and contributions): the body's media type and emptiness are checked once, each
line is read with its number, a malformed line is reported with its line and column, a line that
breaks its schema with each field and rule, and every value echoed back is cut short."""

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Literal, TypeVar

import orjson
from fastapi import Depends, Request
from pydantic import BaseModel, Field, ValidationError

from shared.problems import InvalidInput, Problem, problem_document, shown, validation_problem

MEDIA_TYPE = "application/x-ndjson"
M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


class UnsupportedMediaType(Problem):
    status, slug, title = 415, "unsupported-media-type", "Unsupported media type"


class EmptyUpload(Problem):
    status, slug, title = 400, "empty-upload", "Empty upload"


async def ndjson_body(request: Request) -> bytes:
    """FastAPI dependency: the upload's body; 415 unless it is NDJSON, 400 when it holds no line."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != MEDIA_TYPE:
        raise UnsupportedMediaType(
            f"send the upload as {MEDIA_TYPE}, one JSON object a line (got {shown(media_type or 'none')})",
            accepted=MEDIA_TYPE,
        )
    body = await request.body()
    if not body.strip():
        raise EmptyUpload("the upload holds no line; send one JSON object a line")
    return body


NdjsonBody = Annotated[bytes, Depends(ndjson_body)]


class TooManyLines(Problem):
    """An upload over a line limit (`max_lines` names it), whatever its size in bytes."""

    status, slug, title = 413, "too-many-lines", "Too many lines"


class LineCounter:
    """The non-blank lines of an upload counted as its parts stream in, as `lines_of` numbers them,
    so a limit on them holds before the whole body is read."""

    def __init__(self) -> None:
        self.complete = 0
        self.open_line_has_content = False  # a line may be split across parts

    def feed(self, part: bytes) -> int:
        """Count a part of the body; the lines so far, the one still open included."""
        *ended, rest = part.split(b"\n")
        for line in ended:
            if self.open_line_has_content or line.strip():
                self.complete += 1
            self.open_line_has_content = False
        self.open_line_has_content = self.open_line_has_content or bool(rest.strip())
        return self.complete + self.open_line_has_content


def request_body_documentation(line_schema: type[BaseModel], example: str) -> dict[str, Any]:
    """The OpenAPI `requestBody` of an NDJSON upload: the schema of each line (as OpenAPI 3.2's
    sequential media types describe them) and an example file. The line model is added to the
    document's components when the document is made (`shared.problems.documented_problems`)."""
    _LINE_MODELS[line_schema.__name__] = line_schema
    return {
        "requestBody": {
            "required": True,
            "description": f"NDJSON: one {line_schema.__name__} a line",
            "content": {
                MEDIA_TYPE: {
                    "schema": {"$ref": f"#/components/schemas/{line_schema.__name__}"},
                    "example": example,
                }
            },
        }
    }


_LINE_MODELS: dict[str, type[BaseModel]] = {}  # by name: the OpenAPI document names them so


def with_line_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """The document with the schema of every NDJSON line model its uploads name."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for item in document.get("paths", {}).values():
        for operation in item.values():
            media = operation.get("requestBody", {}).get("content", {}).get(MEDIA_TYPE, {})
            name = media.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
            if (model := _LINE_MODELS.get(name)) is not None:
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}", mode="validation")
                schemas.update({k: v for k, v in schema.pop("$defs", {}).items() if k not in schemas})
                schemas[name] = schema
    return document


@dataclass(frozen=True)
class Line:
    number: int
    raw: bytes


def lines_of(body: bytes) -> list[Line]:
    """The upload's non-blank lines, numbered from 1 as an editor shows them."""
    return [Line(number, raw) for number, raw in enumerate(body.split(b"\n"), start=1) if raw.strip()]


class LineResult(BaseModel):
    """What the upload did with one line."""

    line: int
    status: Literal["created", "unchanged", "updated", "rejected"]
    id: int | None = None
    problem: dict[str, Any] | None = Field(
        None, description="why the line was rejected (problem details: each field and rule)"
    )


def rejected(line: int, problem: Problem) -> dict[str, Any]:
    """The fields of a rejected line's result; its problem names the field and the rule, always."""
    document = problem_document(problem)
    document.setdefault(
        "errors",
        [{"field": str(problem.extensions.get("field", "record")), "rule": problem.slug, "message": problem.detail}],
    )
    return {"line": line, "status": "rejected", "problem": document}


def counts(results: Sequence[LineResult]) -> dict[str, int]:
    """How many lines ended in each status."""
    return {
        status: sum(r.status == status for r in results) for status in ("created", "unchanged", "updated", "rejected")
    }


def json_of(line: Line) -> Any:
    """The line's JSON value, or the problem naming its line and column."""
    try:
        return orjson.loads(line.raw)
    except orjson.JSONDecodeError as error:
        message = f"not JSON at column {error.colno}: {error.msg}"
        return InvalidInput(
            f"line {line.number}: {message}", errors=[{"field": "line", "rule": "json_invalid", "message": message}]
        )


def validated(document: Any, schema: type[M], *, prefix: str = "") -> M | InvalidInput:
    """The document as the schema's model, or the problem naming each field (under `prefix`) and rule."""
    try:
        return schema.model_validate(document)
    except ValidationError as error:
        return validation_problem(error, prefix=prefix)


def parsed(line: Line, schema: type[M]) -> M | InvalidInput:
    """One line read as the schema's model, or the problem that rejects it."""
    document = json_of(line)
    return document if isinstance(document, InvalidInput) else validated(document, schema)


def content_hash(document: Any) -> str:
    """A digest of a record's content, the same whatever the order of its keys: a record sent
    again is recognised by it."""
    return hashlib.sha256(orjson.dumps(document, option=orjson.OPT_SORT_KEYS)).hexdigest()


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """The lines (or what was read from them) in chunks of `size`: each chunk is checked and
    written with a few queries."""
    for first in range(0, len(items), size):
        yield items[first : first + size]
