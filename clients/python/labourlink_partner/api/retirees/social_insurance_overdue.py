import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_overdue_retiree import SocialInsuranceOverdueRetiree
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
    community_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    params["year"] = year

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    json_community_code: None | str | Unset
    if isinstance(community_code, Unset):
        json_community_code = UNSET
    else:
        json_community_code = community_code
    params["community_code"] = json_community_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/retirees/overdue",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[SocialInsuranceOverdueRetiree]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SocialInsuranceOverdueRetiree.from_dict(response_200_item_data)

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
) -> Response[Problem | list[SocialInsuranceOverdueRetiree]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
    community_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | list[SocialInsuranceOverdueRetiree]]:
    """Overdue

     Retirees whose certification for the year is overdue.

    Needs the scope `benefits:read`.

    Args:
        year (int):
        as_of (datetime.date | None | Unset):
        community_code (None | str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SocialInsuranceOverdueRetiree]]
    """

    kwargs = _get_kwargs(
        year=year,
        as_of=as_of,
        community_code=community_code,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
    community_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> Problem | list[SocialInsuranceOverdueRetiree] | None:
    """Overdue

     Retirees whose certification for the year is overdue.

    Needs the scope `benefits:read`.

    Args:
        year (int):
        as_of (datetime.date | None | Unset):
        community_code (None | str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SocialInsuranceOverdueRetiree]
    """

    return sync_detailed(
        client=client,
        year=year,
        as_of=as_of,
        community_code=community_code,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
    community_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | list[SocialInsuranceOverdueRetiree]]:
    """Overdue

     Retirees whose certification for the year is overdue.

    Needs the scope `benefits:read`.

    Args:
        year (int):
        as_of (datetime.date | None | Unset):
        community_code (None | str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SocialInsuranceOverdueRetiree]]
    """

    kwargs = _get_kwargs(
        year=year,
        as_of=as_of,
        community_code=community_code,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    as_of: datetime.date | None | Unset = UNSET,
    community_code: None | str | Unset = UNSET,
    x_purpose: str,
) -> Problem | list[SocialInsuranceOverdueRetiree] | None:
    """Overdue

     Retirees whose certification for the year is overdue.

    Needs the scope `benefits:read`.

    Args:
        year (int):
        as_of (datetime.date | None | Unset):
        community_code (None | str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SocialInsuranceOverdueRetiree]
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            as_of=as_of,
            community_code=community_code,
            x_purpose=x_purpose,
        )
    ).parsed
