from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_page_registration_read import LabourPageRegistrationRead
from ...models.labour_registration_status import LabourRegistrationStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    centre_code: None | str | Unset = UNSET,
    status: LabourRegistrationStatus | None | Unset = UNSET,
    caseworker_id: int | None | Unset = UNSET,
    national_id: None | str | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, LabourRegistrationStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_caseworker_id: int | None | Unset
    if isinstance(caseworker_id, Unset):
        json_caseworker_id = UNSET
    else:
        json_caseworker_id = caseworker_id
    params["caseworker_id"] = json_caseworker_id

    json_national_id: None | str | Unset
    if isinstance(national_id, Unset):
        json_national_id = UNSET
    else:
        json_national_id = national_id
    params["national_id"] = json_national_id

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
        "url": "/v1/registrations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabourPageRegistrationRead | Problem:
    if response.status_code == 200:
        response_200 = LabourPageRegistrationRead.from_dict(response.json())

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
) -> Response[LabourPageRegistrationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    status: LabourRegistrationStatus | None | Unset = UNSET,
    caseworker_id: int | None | Unset = UNSET,
    national_id: None | str | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> Response[LabourPageRegistrationRead | Problem]:
    """List Registrations

     Registrations, filtered, by keyset pages.

    Needs the scope `registrations:read`.

    Args:
        centre_code (None | str | Unset):
        status (LabourRegistrationStatus | None | Unset):
        caseworker_id (int | None | Unset):
        national_id (None | str | Unset): one person's records
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageRegistrationRead | Problem]
    """

    kwargs = _get_kwargs(
        centre_code=centre_code,
        status=status,
        caseworker_id=caseworker_id,
        national_id=national_id,
        after=after,
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
    centre_code: None | str | Unset = UNSET,
    status: LabourRegistrationStatus | None | Unset = UNSET,
    caseworker_id: int | None | Unset = UNSET,
    national_id: None | str | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> LabourPageRegistrationRead | Problem | None:
    """List Registrations

     Registrations, filtered, by keyset pages.

    Needs the scope `registrations:read`.

    Args:
        centre_code (None | str | Unset):
        status (LabourRegistrationStatus | None | Unset):
        caseworker_id (int | None | Unset):
        national_id (None | str | Unset): one person's records
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageRegistrationRead | Problem
    """

    return sync_detailed(
        client=client,
        centre_code=centre_code,
        status=status,
        caseworker_id=caseworker_id,
        national_id=national_id,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    status: LabourRegistrationStatus | None | Unset = UNSET,
    caseworker_id: int | None | Unset = UNSET,
    national_id: None | str | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> Response[LabourPageRegistrationRead | Problem]:
    """List Registrations

     Registrations, filtered, by keyset pages.

    Needs the scope `registrations:read`.

    Args:
        centre_code (None | str | Unset):
        status (LabourRegistrationStatus | None | Unset):
        caseworker_id (int | None | Unset):
        national_id (None | str | Unset): one person's records
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageRegistrationRead | Problem]
    """

    kwargs = _get_kwargs(
        centre_code=centre_code,
        status=status,
        caseworker_id=caseworker_id,
        national_id=national_id,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    status: LabourRegistrationStatus | None | Unset = UNSET,
    caseworker_id: int | None | Unset = UNSET,
    national_id: None | str | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> LabourPageRegistrationRead | Problem | None:
    """List Registrations

     Registrations, filtered, by keyset pages.

    Needs the scope `registrations:read`.

    Args:
        centre_code (None | str | Unset):
        status (LabourRegistrationStatus | None | Unset):
        caseworker_id (int | None | Unset):
        national_id (None | str | Unset): one person's records
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageRegistrationRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            centre_code=centre_code,
            status=status,
            caseworker_id=caseworker_id,
            national_id=national_id,
            after=after,
            limit=limit,
            x_purpose=x_purpose,
        )
    ).parsed
