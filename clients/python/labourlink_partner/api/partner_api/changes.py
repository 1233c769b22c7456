from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.change_page import ChangePage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kinds: list[str] | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    centre_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    json_kinds: list[str] | None | Unset
    if isinstance(kinds, Unset):
        json_kinds = UNSET
    elif isinstance(kinds, list):
        json_kinds = kinds

    else:
        json_kinds = kinds
    params["kinds"] = json_kinds

    json_after: int | None | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    params["limit"] = limit

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sync/changes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangePage | Problem:
    if response.status_code == 200:
        response_200 = ChangePage.from_dict(response.json())

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
) -> Response[ChangePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kinds: list[str] | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    centre_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> Response[ChangePage | Problem]:
    """Changes

     The labour change feed for centres: records changed after the cursor `after`, limited to
    the kinds the caller may read. Send the ETag back as If-None-Match to get 304 when nothing changed.

    Needs one of the scopes `contracts:read`, `counselling:read`, `employers:read`, `hardship:read`,
    `registrations:read`, `terminations:read`, `training:read`, `workers:read`.

    Args:
        kinds (list[str] | None | Unset): record kinds: caseworker, centre, contact, contract,
            counselling, course, employer, enrolment, hardship, job_search_notice, registration,
            termination, worker; default: all you may read
        after (int | None | Unset): `next_after` of the previous pull
        limit (int | Unset):  Default: 50.
        centre_code (None | str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        kinds=kinds,
        after=after,
        limit=limit,
        centre_code=centre_code,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    kinds: list[str] | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    centre_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> ChangePage | Problem | None:
    """Changes

     The labour change feed for centres: records changed after the cursor `after`, limited to
    the kinds the caller may read. Send the ETag back as If-None-Match to get 304 when nothing changed.

    Needs one of the scopes `contracts:read`, `counselling:read`, `employers:read`, `hardship:read`,
    `registrations:read`, `terminations:read`, `training:read`, `workers:read`.

    Args:
        kinds (list[str] | None | Unset): record kinds: caseworker, centre, contact, contract,
            counselling, course, employer, enrolment, hardship, job_search_notice, registration,
            termination, worker; default: all you may read
        after (int | None | Unset): `next_after` of the previous pull
        limit (int | Unset):  Default: 50.
        centre_code (None | str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return sync_detailed(
        client=client,
        kinds=kinds,
        after=after,
        limit=limit,
        centre_code=centre_code,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kinds: list[str] | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    centre_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> Response[ChangePage | Problem]:
    """Changes

     The labour change feed for centres: records changed after the cursor `after`, limited to
    the kinds the caller may read. Send the ETag back as If-None-Match to get 304 when nothing changed.

    Needs one of the scopes `contracts:read`, `counselling:read`, `employers:read`, `hardship:read`,
    `registrations:read`, `terminations:read`, `training:read`, `workers:read`.

    Args:
        kinds (list[str] | None | Unset): record kinds: caseworker, centre, contact, contract,
            counselling, course, employer, enrolment, hardship, job_search_notice, registration,
            termination, worker; default: all you may read
        after (int | None | Unset): `next_after` of the previous pull
        limit (int | Unset):  Default: 50.
        centre_code (None | str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | Problem]
    """

    kwargs = _get_kwargs(
        kinds=kinds,
        after=after,
        limit=limit,
        centre_code=centre_code,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kinds: list[str] | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    centre_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> ChangePage | Problem | None:
    """Changes

     The labour change feed for centres: records changed after the cursor `after`, limited to
    the kinds the caller may read. Send the ETag back as If-None-Match to get 304 when nothing changed.

    Needs one of the scopes `contracts:read`, `counselling:read`, `employers:read`, `hardship:read`,
    `registrations:read`, `terminations:read`, `training:read`, `workers:read`.

    Args:
        kinds (list[str] | None | Unset): record kinds: caseworker, centre, contact, contract,
            counselling, course, employer, enrolment, hardship, job_search_notice, registration,
            termination, worker; default: all you may read
        after (int | None | Unset): `next_after` of the previous pull
        limit (int | Unset):  Default: 50.
        centre_code (None | str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kinds=kinds,
            after=after,
            limit=limit,
            centre_code=centre_code,
            x_purpose=x_purpose,
        )
    ).parsed
