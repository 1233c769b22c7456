import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_shortage import JobMatchingShortage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

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
        "url": "/v1/reports/offer-shortages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[JobMatchingShortage]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JobMatchingShortage.from_dict(response_200_item_data)

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
) -> Response[Problem | list[JobMatchingShortage]]:
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
    on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | list[JobMatchingShortage]]:
    """Offer Shortages

     Active seekers for whom fewer than three broadly matching offers exist: a shortage the centre must
    act on.

    Needs the scope `reports:read`.

    Args:
        centre_code (None | str | Unset):
        on (datetime.date | None | Unset): the day to act as of (default: today)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[JobMatchingShortage]]
    """

    kwargs = _get_kwargs(
        centre_code=centre_code,
        on=on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Problem | list[JobMatchingShortage] | None:
    """Offer Shortages

     Active seekers for whom fewer than three broadly matching offers exist: a shortage the centre must
    act on.

    Needs the scope `reports:read`.

    Args:
        centre_code (None | str | Unset):
        on (datetime.date | None | Unset): the day to act as of (default: today)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[JobMatchingShortage]
    """

    return sync_detailed(
        client=client,
        centre_code=centre_code,
        on=on,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | list[JobMatchingShortage]]:
    """Offer Shortages

     Active seekers for whom fewer than three broadly matching offers exist: a shortage the centre must
    act on.

    Needs the scope `reports:read`.

    Args:
        centre_code (None | str | Unset):
        on (datetime.date | None | Unset): the day to act as of (default: today)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[JobMatchingShortage]]
    """

    kwargs = _get_kwargs(
        centre_code=centre_code,
        on=on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
) -> Problem | list[JobMatchingShortage] | None:
    """Offer Shortages

     Active seekers for whom fewer than three broadly matching offers exist: a shortage the centre must
    act on.

    Needs the scope `reports:read`.

    Args:
        centre_code (None | str | Unset):
        on (datetime.date | None | Unset): the day to act as of (default: today)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[JobMatchingShortage]
    """

    return (
        await asyncio_detailed(
            client=client,
            centre_code=centre_code,
            on=on,
        )
    ).parsed
