from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_claim_create import SocialInsuranceClaimCreate
from ...models.social_insurance_claim_read import SocialInsuranceClaimRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SocialInsuranceClaimCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["X-Purpose"] = x_purpose

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/claims",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialInsuranceClaimRead:
    if response.status_code == 201:
        response_201 = SocialInsuranceClaimRead.from_dict(response.json())

        return response_201

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
) -> Response[Problem | SocialInsuranceClaimRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SocialInsuranceClaimCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceClaimRead]:
    """File Claim

     File a claim; it is decided at once under the rulebook in force, every rule stated with its article.

    Needs the scope `claims:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (SocialInsuranceClaimCreate): An application for unemployment benefit; the
            termination defaults to the person's latest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceClaimRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SocialInsuranceClaimCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Problem | SocialInsuranceClaimRead | None:
    """File Claim

     File a claim; it is decided at once under the rulebook in force, every rule stated with its article.

    Needs the scope `claims:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (SocialInsuranceClaimCreate): An application for unemployment benefit; the
            termination defaults to the person's latest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceClaimRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SocialInsuranceClaimCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceClaimRead]:
    """File Claim

     File a claim; it is decided at once under the rulebook in force, every rule stated with its article.

    Needs the scope `claims:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (SocialInsuranceClaimCreate): An application for unemployment benefit; the
            termination defaults to the person's latest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceClaimRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SocialInsuranceClaimCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Problem | SocialInsuranceClaimRead | None:
    """File Claim

     File a claim; it is decided at once under the rulebook in force, every rule stated with its article.

    Needs the scope `claims:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (SocialInsuranceClaimCreate): An application for unemployment benefit; the
            termination defaults to the person's latest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceClaimRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_purpose=x_purpose,
        )
    ).parsed
