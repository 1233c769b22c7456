from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_page_caseworker_read import LabourPageCaseworkerRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    centre_id: int | None | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_centre_id: int | None | Unset
    if isinstance(centre_id, Unset):
        json_centre_id = UNSET
    else:
        json_centre_id = centre_id
    params["centre_id"] = json_centre_id

    json_active: bool | None | Unset
    if isinstance(active, Unset):
        json_active = UNSET
    else:
        json_active = active
    params["active"] = json_active

    json_after: int | None | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/caseworkers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabourPageCaseworkerRead | Problem:
    if response.status_code == 200:
        response_200 = LabourPageCaseworkerRead.from_dict(response.json())

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
) -> Response[LabourPageCaseworkerRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    centre_id: int | None | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[LabourPageCaseworkerRead | Problem]:
    """List Caseworkers

     Caseworkers by keyset pages.

    Needs the scope `registrations:read`.

    Args:
        centre_id (int | None | Unset):
        active (bool | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageCaseworkerRead | Problem]
    """

    kwargs = _get_kwargs(
        centre_id=centre_id,
        active=active,
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    centre_id: int | None | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> LabourPageCaseworkerRead | Problem | None:
    """List Caseworkers

     Caseworkers by keyset pages.

    Needs the scope `registrations:read`.

    Args:
        centre_id (int | None | Unset):
        active (bool | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageCaseworkerRead | Problem
    """

    return sync_detailed(
        client=client,
        centre_id=centre_id,
        active=active,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    centre_id: int | None | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[LabourPageCaseworkerRead | Problem]:
    """List Caseworkers

     Caseworkers by keyset pages.

    Needs the scope `registrations:read`.

    Args:
        centre_id (int | None | Unset):
        active (bool | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageCaseworkerRead | Problem]
    """

    kwargs = _get_kwargs(
        centre_id=centre_id,
        active=active,
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    centre_id: int | None | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> LabourPageCaseworkerRead | Problem | None:
    """List Caseworkers

     Caseworkers by keyset pages.

    Needs the scope `registrations:read`.

    Args:
        centre_id (int | None | Unset):
        active (bool | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageCaseworkerRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            centre_id=centre_id,
            active=active,
            after=after,
            limit=limit,
        )
    ).parsed
