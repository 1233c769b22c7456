import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_page_placement_read import JobMatchingPagePlacementRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    national_id: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    started_from: datetime.date | None | Unset = UNSET,
    started_to: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    json_national_id: None | str | Unset
    if isinstance(national_id, Unset):
        json_national_id = UNSET
    else:
        json_national_id = national_id
    params["national_id"] = json_national_id

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

    json_started_from: None | str | Unset
    if isinstance(started_from, Unset):
        json_started_from = UNSET
    elif isinstance(started_from, datetime.date):
        json_started_from = started_from.isoformat()
    else:
        json_started_from = started_from
    params["started_from"] = json_started_from

    json_started_to: None | str | Unset
    if isinstance(started_to, Unset):
        json_started_to = UNSET
    elif isinstance(started_to, datetime.date):
        json_started_to = started_to.isoformat()
    else:
        json_started_to = started_to
    params["started_to"] = json_started_to

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
        "url": "/v1/placements",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobMatchingPagePlacementRead | Problem:
    if response.status_code == 200:
        response_200 = JobMatchingPagePlacementRead.from_dict(response.json())

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
) -> Response[JobMatchingPagePlacementRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    national_id: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    started_from: datetime.date | None | Unset = UNSET,
    started_to: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> Response[JobMatchingPagePlacementRead | Problem]:
    """List Placements

     Placements, filtered, by keyset pages.

    Needs the scope `placements:read`.

    Args:
        national_id (None | str | Unset): one person's records
        centre_code (None | str | Unset):
        started_from (datetime.date | None | Unset):
        started_to (datetime.date | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingPagePlacementRead | Problem]
    """

    kwargs = _get_kwargs(
        national_id=national_id,
        centre_code=centre_code,
        started_from=started_from,
        started_to=started_to,
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
    national_id: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    started_from: datetime.date | None | Unset = UNSET,
    started_to: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> JobMatchingPagePlacementRead | Problem | None:
    """List Placements

     Placements, filtered, by keyset pages.

    Needs the scope `placements:read`.

    Args:
        national_id (None | str | Unset): one person's records
        centre_code (None | str | Unset):
        started_from (datetime.date | None | Unset):
        started_to (datetime.date | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingPagePlacementRead | Problem
    """

    return sync_detailed(
        client=client,
        national_id=national_id,
        centre_code=centre_code,
        started_from=started_from,
        started_to=started_to,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    national_id: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    started_from: datetime.date | None | Unset = UNSET,
    started_to: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> Response[JobMatchingPagePlacementRead | Problem]:
    """List Placements

     Placements, filtered, by keyset pages.

    Needs the scope `placements:read`.

    Args:
        national_id (None | str | Unset): one person's records
        centre_code (None | str | Unset):
        started_from (datetime.date | None | Unset):
        started_to (datetime.date | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingPagePlacementRead | Problem]
    """

    kwargs = _get_kwargs(
        national_id=national_id,
        centre_code=centre_code,
        started_from=started_from,
        started_to=started_to,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    national_id: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    started_from: datetime.date | None | Unset = UNSET,
    started_to: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> JobMatchingPagePlacementRead | Problem | None:
    """List Placements

     Placements, filtered, by keyset pages.

    Needs the scope `placements:read`.

    Args:
        national_id (None | str | Unset): one person's records
        centre_code (None | str | Unset):
        started_from (datetime.date | None | Unset):
        started_to (datetime.date | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingPagePlacementRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            national_id=national_id,
            centre_code=centre_code,
            started_from=started_from,
            started_to=started_to,
            after=after,
            limit=limit,
            x_purpose=x_purpose,
        )
    ).parsed
