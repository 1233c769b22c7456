"""A client library for accessing LabourLink partner API"""

import json
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from .client import AuthenticatedClient, Client
from .types import Response

# The package's own helpers (clients/python/templates/package_init.py.jinja): an NDJSON upload
# (`/v1/sync/*`, `/v1/claims/import`, `/v1/contributions/import`, `/v1/new-hires`) is documented
# with the schema of one line, so its generated function sends one line; these send a file of many.


def _ndjson_request(operation: ModuleType, lines: Sequence[Any], parameters: dict[str, Any]) -> dict[str, Any]:
    if not lines:
        raise ValueError("an upload holds at least one line")
    request = operation._get_kwargs(body=lines[0], **parameters)
    request.pop("json")
    request["content"] = b"".join(json.dumps(line.to_dict(), ensure_ascii=False).encode() + b"\n" for line in lines)
    return request


def upload_ndjson(
    operation: ModuleType, *, client: AuthenticatedClient | Client, lines: Sequence[Any], **parameters: Any
) -> Response[Any]:
    """Send `lines` as one NDJSON upload through `operation`, a generated upload module such as
    `api.sync_for_employment_service_centres.labour_upload_registrations`. Each line is a model of
    the operation's line schema (the type of its `body`); `parameters` are the operation's others
    (`x_purpose`, `idempotency_key`). The answer is parsed as the operation parses it: its upload
    report, or a Problem naming each rejected line, field and rule."""
    response = client.get_httpx_client().request(**_ndjson_request(operation, lines, parameters))
    return operation._build_response(client=client, response=response)


async def upload_ndjson_async(
    operation: ModuleType, *, client: AuthenticatedClient | Client, lines: Sequence[Any], **parameters: Any
) -> Response[Any]:
    """`upload_ndjson` on the client's asynchronous connection."""
    response = await client.get_async_httpx_client().request(**_ndjson_request(operation, lines, parameters))
    return operation._build_response(client=client, response=response)


__all__ = (
    "AuthenticatedClient",
    "Client",
    "upload_ndjson",
    "upload_ndjson_async",
)
