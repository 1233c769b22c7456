from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_benefit_detail import SocialInsuranceBenefitDetail
from ...types import Response


def _get_kwargs(
    benefit_id: int,
    *,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/benefits/{benefit_id}".format(
            benefit_id=quote(str(benefit_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialInsuranceBenefitDetail:
    if response.status_code == 200:
        response_200 = SocialInsuranceBenefitDetail.from_dict(response.json())

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
) -> Response[Problem | SocialInsuranceBenefitDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    benefit_id: int,
    *,
    client: AuthenticatedClient,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceBenefitDetail]:
    """Get Benefit

     One benefit with its monthly payments.

    Needs the scope `benefits:read`.

    Args:
        benefit_id (int):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceBenefitDetail]
    """

    kwargs = _get_kwargs(
        benefit_id=benefit_id,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    benefit_id: int,
    *,
    client: AuthenticatedClient,
    x_purpose: str,
) -> Problem | SocialInsuranceBenefitDetail | None:
    """Get Benefit

     One benefit with its monthly payments.

    Needs the scope `benefits:read`.

    Args:
        benefit_id (int):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceBenefitDetail
    """

    return sync_detailed(
        benefit_id=benefit_id,
        client=client,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    benefit_id: int,
    *,
    client: AuthenticatedClient,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceBenefitDetail]:
    """Get Benefit

     One benefit with its monthly payments.

    Needs the scope `benefits:read`.

    Args:
        benefit_id (int):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceBenefitDetail]
    """

    kwargs = _get_kwargs(
        benefit_id=benefit_id,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    benefit_id: int,
    *,
    client: AuthenticatedClient,
    x_purpose: str,
) -> Problem | SocialInsuranceBenefitDetail | None:
    """Get Benefit

     One benefit with its monthly payments.

    Needs the scope `benefits:read`.

    Args:
        benefit_id (int):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceBenefitDetail
    """

    return (
        await asyncio_detailed(
            benefit_id=benefit_id,
            client=client,
            x_purpose=x_purpose,
        )
    ).parsed
