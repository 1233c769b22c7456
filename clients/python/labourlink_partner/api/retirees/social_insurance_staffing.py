from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_staffing import SocialInsuranceStaffing
from ...types import Response


def _get_kwargs(
    community_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/communities/{community_code}/staffing".format(
            community_code=quote(str(community_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialInsuranceStaffing:
    if response.status_code == 200:
        response_200 = SocialInsuranceStaffing.from_dict(response.json())

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
) -> Response[Problem | SocialInsuranceStaffing]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    community_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SocialInsuranceStaffing]:
    """Staffing

     Labour-station staff the community needs for its retirees.

    Needs the scope `benefits:read`.

    Args:
        community_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceStaffing]
    """

    kwargs = _get_kwargs(
        community_code=community_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    community_code: str,
    *,
    client: AuthenticatedClient,
) -> Problem | SocialInsuranceStaffing | None:
    """Staffing

     Labour-station staff the community needs for its retirees.

    Needs the scope `benefits:read`.

    Args:
        community_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceStaffing
    """

    return sync_detailed(
        community_code=community_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    community_code: str,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | SocialInsuranceStaffing]:
    """Staffing

     Labour-station staff the community needs for its retirees.

    Needs the scope `benefits:read`.

    Args:
        community_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceStaffing]
    """

    kwargs = _get_kwargs(
        community_code=community_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    community_code: str,
    *,
    client: AuthenticatedClient,
) -> Problem | SocialInsuranceStaffing | None:
    """Staffing

     Labour-station staff the community needs for its retirees.

    Needs the scope `benefits:read`.

    Args:
        community_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceStaffing
    """

    return (
        await asyncio_detailed(
            community_code=community_code,
            client=client,
        )
    ).parsed
