import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_match import JobMatchingMatch
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    national_id: str,
    *,
    limit: int | Unset = 10,
    on: datetime.date | None | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/seekers/{national_id}/matches".format(
            national_id=quote(str(national_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[JobMatchingMatch]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JobMatchingMatch.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[JobMatchingMatch]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    national_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    on: datetime.date | None | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | list[JobMatchingMatch]]:
    """Rank Vacancies

     Open vacancies ranked for the seeker, best first, each with the score's breakdown and reasons.

    Needs the scope `seekers:read`.

    Args:
        national_id (str):
        limit (int | Unset):  Default: 10.
        on (datetime.date | None | Unset): the day to act as of (default: today)
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[JobMatchingMatch]]
    """

    kwargs = _get_kwargs(
        national_id=national_id,
        limit=limit,
        on=on,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    national_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    on: datetime.date | None | Unset = UNSET,
    x_purpose: str,
) -> Problem | list[JobMatchingMatch] | None:
    """Rank Vacancies

     Open vacancies ranked for the seeker, best first, each with the score's breakdown and reasons.

    Needs the scope `seekers:read`.

    Args:
        national_id (str):
        limit (int | Unset):  Default: 10.
        on (datetime.date | None | Unset): the day to act as of (default: today)
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[JobMatchingMatch]
    """

    return sync_detailed(
        national_id=national_id,
        client=client,
        limit=limit,
        on=on,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    national_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    on: datetime.date | None | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | list[JobMatchingMatch]]:
    """Rank Vacancies

     Open vacancies ranked for the seeker, best first, each with the score's breakdown and reasons.

    Needs the scope `seekers:read`.

    Args:
        national_id (str):
        limit (int | Unset):  Default: 10.
        on (datetime.date | None | Unset): the day to act as of (default: today)
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[JobMatchingMatch]]
    """

    kwargs = _get_kwargs(
        national_id=national_id,
        limit=limit,
        on=on,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    national_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    on: datetime.date | None | Unset = UNSET,
    x_purpose: str,
) -> Problem | list[JobMatchingMatch] | None:
    """Rank Vacancies

     Open vacancies ranked for the seeker, best first, each with the score's breakdown and reasons.

    Needs the scope `seekers:read`.

    Args:
        national_id (str):
        limit (int | Unset):  Default: 10.
        on (datetime.date | None | Unset): the day to act as of (default: today)
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[JobMatchingMatch]
    """

    return (
        await asyncio_detailed(
            national_id=national_id,
            client=client,
            limit=limit,
            on=on,
            x_purpose=x_purpose,
        )
    ).parsed
