from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_page_contact_read import LabourPageContactRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    registration_id: int,
    *,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

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
        "url": "/v1/registrations/{registration_id}/contacts".format(
            registration_id=quote(str(registration_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabourPageContactRead | Problem:
    if response.status_code == 200:
        response_200 = LabourPageContactRead.from_dict(response.json())

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
) -> Response[LabourPageContactRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    registration_id: int,
    *,
    client: AuthenticatedClient,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> Response[LabourPageContactRead | Problem]:
    """List Contacts

     The contact log of one registration.

    Needs the scope `registrations:read`.

    Args:
        registration_id (int):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageContactRead | Problem]
    """

    kwargs = _get_kwargs(
        registration_id=registration_id,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    registration_id: int,
    *,
    client: AuthenticatedClient,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> LabourPageContactRead | Problem | None:
    """List Contacts

     The contact log of one registration.

    Needs the scope `registrations:read`.

    Args:
        registration_id (int):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageContactRead | Problem
    """

    return sync_detailed(
        registration_id=registration_id,
        client=client,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    registration_id: int,
    *,
    client: AuthenticatedClient,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> Response[LabourPageContactRead | Problem]:
    """List Contacts

     The contact log of one registration.

    Needs the scope `registrations:read`.

    Args:
        registration_id (int):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageContactRead | Problem]
    """

    kwargs = _get_kwargs(
        registration_id=registration_id,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    registration_id: int,
    *,
    client: AuthenticatedClient,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> LabourPageContactRead | Problem | None:
    """List Contacts

     The contact log of one registration.

    Needs the scope `registrations:read`.

    Args:
        registration_id (int):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageContactRead | Problem
    """

    return (
        await asyncio_detailed(
            registration_id=registration_id,
            client=client,
            after=after,
            limit=limit,
            x_purpose=x_purpose,
        )
    ).parsed
