import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_page_job_fair_read import JobMatchingPageJobFairRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    province: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    held_from: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_province: None | str | Unset
    if isinstance(province, Unset):
        json_province = UNSET
    else:
        json_province = province
    params["province"] = json_province

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

    json_held_from: None | str | Unset
    if isinstance(held_from, Unset):
        json_held_from = UNSET
    elif isinstance(held_from, datetime.date):
        json_held_from = held_from.isoformat()
    else:
        json_held_from = held_from
    params["held_from"] = json_held_from

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
        "url": "/v1/job-fairs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobMatchingPageJobFairRead | Problem:
    if response.status_code == 200:
        response_200 = JobMatchingPageJobFairRead.from_dict(response.json())

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
) -> Response[JobMatchingPageJobFairRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    province: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    held_from: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[JobMatchingPageJobFairRead | Problem]:
    """List Job Fairs

     Job fairs, filtered, by keyset pages.

    Needs the scope `vacancies:read`.

    Args:
        province (None | str | Unset):
        centre_code (None | str | Unset):
        held_from (datetime.date | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingPageJobFairRead | Problem]
    """

    kwargs = _get_kwargs(
        province=province,
        centre_code=centre_code,
        held_from=held_from,
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
    province: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    held_from: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> JobMatchingPageJobFairRead | Problem | None:
    """List Job Fairs

     Job fairs, filtered, by keyset pages.

    Needs the scope `vacancies:read`.

    Args:
        province (None | str | Unset):
        centre_code (None | str | Unset):
        held_from (datetime.date | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingPageJobFairRead | Problem
    """

    return sync_detailed(
        client=client,
        province=province,
        centre_code=centre_code,
        held_from=held_from,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    province: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    held_from: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[JobMatchingPageJobFairRead | Problem]:
    """List Job Fairs

     Job fairs, filtered, by keyset pages.

    Needs the scope `vacancies:read`.

    Args:
        province (None | str | Unset):
        centre_code (None | str | Unset):
        held_from (datetime.date | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingPageJobFairRead | Problem]
    """

    kwargs = _get_kwargs(
        province=province,
        centre_code=centre_code,
        held_from=held_from,
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    province: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    held_from: datetime.date | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> JobMatchingPageJobFairRead | Problem | None:
    """List Job Fairs

     Job fairs, filtered, by keyset pages.

    Needs the scope `vacancies:read`.

    Args:
        province (None | str | Unset):
        centre_code (None | str | Unset):
        held_from (datetime.date | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingPageJobFairRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            province=province,
            centre_code=centre_code,
            held_from=held_from,
            after=after,
            limit=limit,
        )
    ).parsed
