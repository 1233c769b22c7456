from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_public_notice_entry import SocialInsurancePublicNoticeEntry
from ...types import Response


def _get_kwargs(
    community: str,
    *,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/public-notices/{community}".format(
            community=quote(str(community), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[SocialInsurancePublicNoticeEntry]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SocialInsurancePublicNoticeEntry.from_dict(response_200_item_data)

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
) -> Response[Problem | list[SocialInsurancePublicNoticeEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    community: str,
    *,
    client: AuthenticatedClient,
    x_purpose: str,
) -> Response[Problem | list[SocialInsurancePublicNoticeEntry]]:
    """Public Notice

     The list of current benefit recipients of a street/community, IDs masked (seed 001 §8).

    Needs the scope `benefits:read`.

    Args:
        community (str):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SocialInsurancePublicNoticeEntry]]
    """

    kwargs = _get_kwargs(
        community=community,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    community: str,
    *,
    client: AuthenticatedClient,
    x_purpose: str,
) -> Problem | list[SocialInsurancePublicNoticeEntry] | None:
    """Public Notice

     The list of current benefit recipients of a street/community, IDs masked (seed 001 §8).

    Needs the scope `benefits:read`.

    Args:
        community (str):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SocialInsurancePublicNoticeEntry]
    """

    return sync_detailed(
        community=community,
        client=client,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    community: str,
    *,
    client: AuthenticatedClient,
    x_purpose: str,
) -> Response[Problem | list[SocialInsurancePublicNoticeEntry]]:
    """Public Notice

     The list of current benefit recipients of a street/community, IDs masked (seed 001 §8).

    Needs the scope `benefits:read`.

    Args:
        community (str):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[SocialInsurancePublicNoticeEntry]]
    """

    kwargs = _get_kwargs(
        community=community,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    community: str,
    *,
    client: AuthenticatedClient,
    x_purpose: str,
) -> Problem | list[SocialInsurancePublicNoticeEntry] | None:
    """Public Notice

     The list of current benefit recipients of a street/community, IDs masked (seed 001 §8).

    Needs the scope `benefits:read`.

    Args:
        community (str):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[SocialInsurancePublicNoticeEntry]
    """

    return (
        await asyncio_detailed(
            community=community,
            client=client,
            x_purpose=x_purpose,
        )
    ).parsed
