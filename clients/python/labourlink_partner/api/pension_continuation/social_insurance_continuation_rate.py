import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_continuation_rate import SocialInsuranceContinuationRate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    paid_since: datetime.date,
    province: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_paid_since = paid_since.isoformat()
    params["paid_since"] = json_paid_since

    json_province: None | str | Unset
    if isinstance(province, Unset):
        json_province = UNSET
    else:
        json_province = province
    params["province"] = json_province

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pension-continuations/rate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialInsuranceContinuationRate:
    if response.status_code == 200:
        response_200 = SocialInsuranceContinuationRate.from_dict(response.json())

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
) -> Response[Problem | SocialInsuranceContinuationRate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    paid_since: datetime.date,
    province: None | str | Unset = UNSET,
) -> Response[Problem | SocialInsuranceContinuationRate]:
    """Continuation Rate

     The share of registered unemployed continuing pension contributions (target ≥ 70%).

    Needs the scope `contributions:read`.

    Args:
        paid_since (datetime.date):
        province (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceContinuationRate]
    """

    kwargs = _get_kwargs(
        paid_since=paid_since,
        province=province,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    paid_since: datetime.date,
    province: None | str | Unset = UNSET,
) -> Problem | SocialInsuranceContinuationRate | None:
    """Continuation Rate

     The share of registered unemployed continuing pension contributions (target ≥ 70%).

    Needs the scope `contributions:read`.

    Args:
        paid_since (datetime.date):
        province (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceContinuationRate
    """

    return sync_detailed(
        client=client,
        paid_since=paid_since,
        province=province,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    paid_since: datetime.date,
    province: None | str | Unset = UNSET,
) -> Response[Problem | SocialInsuranceContinuationRate]:
    """Continuation Rate

     The share of registered unemployed continuing pension contributions (target ≥ 70%).

    Needs the scope `contributions:read`.

    Args:
        paid_since (datetime.date):
        province (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceContinuationRate]
    """

    kwargs = _get_kwargs(
        paid_since=paid_since,
        province=province,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    paid_since: datetime.date,
    province: None | str | Unset = UNSET,
) -> Problem | SocialInsuranceContinuationRate | None:
    """Continuation Rate

     The share of registered unemployed continuing pension contributions (target ≥ 70%).

    Needs the scope `contributions:read`.

    Args:
        paid_since (datetime.date):
        province (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceContinuationRate
    """

    return (
        await asyncio_detailed(
            client=client,
            paid_since=paid_since,
            province=province,
        )
    ).parsed
