"""Schemathesis over an OpenAPI document, sent through an async client of the app under test:
every operation gets a bounded number of generated cases (derandomized, so a run is repeatable),
and every answer must be no server error and must match the schema the document declares."""

import json
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

CHECKS = [not_a_server_error, response_schema_conformance]


@schemathesis.serializer("application/x-ndjson")
def _ndjson(ctx: object, value: object) -> bytes:
    # NDJSON uploads: the generated body is a string (any text a centre might send) or one record.
    return value.encode() if isinstance(value, str) else json.dumps(value).encode() + b"\n"


def _cases(operation: Any, examples: int) -> list[Any]:
    drawn: list[Any] = []

    @settings(
        max_examples=examples,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(operation.as_strategy())
    def collect(case: Any) -> None:
        drawn.append(case)

    collect()
    return drawn


async def fuzz(
    client: httpx.AsyncClient,
    document: dict[str, Any],
    *,
    headers: dict[str, str],
    examples: int,
    skip: tuple[str, ...] = (),
) -> tuple[int, list[tuple[str, str, int, str]]]:
    """(calls made, failures as (method, url, status, reason)) of a run over every operation."""
    schema = schemathesis.openapi.from_dict(document)
    failures, calls = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.path in skip:
            continue
        for case in _cases(operation, examples):
            kwargs = case.as_transport_kwargs(base_url=str(client.base_url))
            sent = {**{k: str(v) for k, v in (kwargs.get("headers") or {}).items()}, **headers}
            data = kwargs.get("data")
            try:
                response = await client.request(
                    kwargs["method"],
                    kwargs["url"],
                    params=kwargs.get("params"),
                    headers=sent,
                    json=kwargs.get("json"),
                    content=data if isinstance(data, (bytes, str)) else None,
                )
            except (httpx.InvalidURL, httpx.LocalProtocolError, UnicodeEncodeError):
                continue  # no HTTP client could send this request
            except Exception as error:  # an unhandled error, raised through the in-process transport
                failures.append((kwargs["method"], kwargs["url"], 500, repr(error)[:300]))
                continue
            calls += 1
            try:
                case.validate_response(response, checks=CHECKS, headers=sent)
            except (Exception, BaseExceptionGroup) as failure:  # schemathesis raises a FailureGroup per failed response
                failures.append((kwargs["method"], kwargs["url"], response.status_code, str(failure)[:600]))
    return calls, failures
