from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.partner_event_page import PartnerEventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: int | Unset = 0,
    types: list[str] | None | Unset = UNSET,
    limit: int | Unset = 200,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    params["after"] = after

    json_types: list[str] | None | Unset
    if isinstance(types, Unset):
        json_types = UNSET
    elif isinstance(types, list):
        json_types = types

    else:
        json_types = types
    params["types"] = json_types

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/events",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PartnerEventPage | Problem:
    if response.status_code == 200:
        response_200 = PartnerEventPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 502:
        response_502 = Problem.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = Problem.from_dict(response.json())

        return response_504

    response_default = Problem.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PartnerEventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    types: list[str] | None | Unset = UNSET,
    limit: int | Unset = 200,
    x_purpose: str,
) -> Response[PartnerEventPage | Problem]:
    """Pull Events

     Events of the services after the cursor, only of the types the agency may read, minimised
    like every other answer. Poll with If-None-Match for a 304 when nothing is new.

    Needs the scope `events:read`.

    Args:
        after (int | Unset): `next_after` of the previous pull; 0 from the start Default: 0.
        types (list[str] | None | Unset): event types; default: every type the agency is entitled
            to
        limit (int | Unset):  Default: 200.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerEventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        types=types,
        limit=limit,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    types: list[str] | None | Unset = UNSET,
    limit: int | Unset = 200,
    x_purpose: str,
) -> PartnerEventPage | Problem | None:
    """Pull Events

     Events of the services after the cursor, only of the types the agency may read, minimised
    like every other answer. Poll with If-None-Match for a 304 when nothing is new.

    Needs the scope `events:read`.

    Args:
        after (int | Unset): `next_after` of the previous pull; 0 from the start Default: 0.
        types (list[str] | None | Unset): event types; default: every type the agency is entitled
            to
        limit (int | Unset):  Default: 200.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerEventPage | Problem
    """

    return sync_detailed(
        client=client,
        after=after,
        types=types,
        limit=limit,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    types: list[str] | None | Unset = UNSET,
    limit: int | Unset = 200,
    x_purpose: str,
) -> Response[PartnerEventPage | Problem]:
    """Pull Events

     Events of the services after the cursor, only of the types the agency may read, minimised
    like every other answer. Poll with If-None-Match for a 304 when nothing is new.

    Needs the scope `events:read`.

    Args:
        after (int | Unset): `next_after` of the previous pull; 0 from the start Default: 0.
        types (list[str] | None | Unset): event types; default: every type the agency is entitled
            to
        limit (int | Unset):  Default: 200.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerEventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        types=types,
        limit=limit,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    types: list[str] | None | Unset = UNSET,
    limit: int | Unset = 200,
    x_purpose: str,
) -> PartnerEventPage | Problem | None:
    """Pull Events

     Events of the services after the cursor, only of the types the agency may read, minimised
    like every other answer. Poll with If-None-Match for a 304 when nothing is new.

    Needs the scope `events:read`.

    Args:
        after (int | Unset): `next_after` of the previous pull; 0 from the start Default: 0.
        types (list[str] | None | Unset): event types; default: every type the agency is entitled
            to
        limit (int | Unset):  Default: 200.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerEventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            types=types,
            limit=limit,
            x_purpose=x_purpose,
        )
    ).parsed
