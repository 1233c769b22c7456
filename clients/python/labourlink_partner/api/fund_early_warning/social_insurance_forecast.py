from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_fund_forecast import SocialInsuranceFundForecast
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    months: int | Unset = 6,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["months"] = months

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/fund-areas/{code}/forecast".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialInsuranceFundForecast:
    if response.status_code == 200:
        response_200 = SocialInsuranceFundForecast.from_dict(response.json())

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
) -> Response[Problem | SocialInsuranceFundForecast]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    months: int | Unset = 6,
) -> Response[Problem | SocialInsuranceFundForecast]:
    """Forecast

     The fund area's months ahead: running benefits until they end, new ones at the current claim rate.

    Needs the scope `reports:read`.

    Args:
        code (str):
        months (int | Unset):  Default: 6.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceFundForecast]
    """

    kwargs = _get_kwargs(
        code=code,
        months=months,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    months: int | Unset = 6,
) -> Problem | SocialInsuranceFundForecast | None:
    """Forecast

     The fund area's months ahead: running benefits until they end, new ones at the current claim rate.

    Needs the scope `reports:read`.

    Args:
        code (str):
        months (int | Unset):  Default: 6.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceFundForecast
    """

    return sync_detailed(
        code=code,
        client=client,
        months=months,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    months: int | Unset = 6,
) -> Response[Problem | SocialInsuranceFundForecast]:
    """Forecast

     The fund area's months ahead: running benefits until they end, new ones at the current claim rate.

    Needs the scope `reports:read`.

    Args:
        code (str):
        months (int | Unset):  Default: 6.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceFundForecast]
    """

    kwargs = _get_kwargs(
        code=code,
        months=months,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    months: int | Unset = 6,
) -> Problem | SocialInsuranceFundForecast | None:
    """Forecast

     The fund area's months ahead: running benefits until they end, new ones at the current claim rate.

    Needs the scope `reports:read`.

    Args:
        code (str):
        months (int | Unset):  Default: 6.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceFundForecast
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            months=months,
        )
    ).parsed
