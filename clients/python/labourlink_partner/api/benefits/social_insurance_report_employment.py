from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_finding_outcome import SocialInsuranceFindingOutcome
from ...models.social_insurance_finding_report import SocialInsuranceFindingReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    benefit_id: int,
    *,
    body: SocialInsuranceFindingReport,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["X-Purpose"] = x_purpose

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/benefits/{benefit_id}/employment-findings".format(
            benefit_id=quote(str(benefit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialInsuranceFindingOutcome:
    if response.status_code == 200:
        response_200 = SocialInsuranceFindingOutcome.from_dict(response.json())

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
) -> Response[Problem | SocialInsuranceFindingOutcome]:
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
    body: SocialInsuranceFindingReport,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceFindingOutcome]:
    """Report Employment

     Report evidence of work; under a rulebook that counts it as employment the benefit ends.

    Needs the scope `benefits:write`.

    Args:
        benefit_id (int):
        idempotency_key (str | Unset):
        x_purpose (str):
        body (SocialInsuranceFindingReport): Evidence that a person on benefit works (Jilin §8:
            contract, licence, permit, or de facto work).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceFindingOutcome]
    """

    kwargs = _get_kwargs(
        benefit_id=benefit_id,
        body=body,
        idempotency_key=idempotency_key,
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
    body: SocialInsuranceFindingReport,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Problem | SocialInsuranceFindingOutcome | None:
    """Report Employment

     Report evidence of work; under a rulebook that counts it as employment the benefit ends.

    Needs the scope `benefits:write`.

    Args:
        benefit_id (int):
        idempotency_key (str | Unset):
        x_purpose (str):
        body (SocialInsuranceFindingReport): Evidence that a person on benefit works (Jilin §8:
            contract, licence, permit, or de facto work).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceFindingOutcome
    """

    return sync_detailed(
        benefit_id=benefit_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    benefit_id: int,
    *,
    client: AuthenticatedClient,
    body: SocialInsuranceFindingReport,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceFindingOutcome]:
    """Report Employment

     Report evidence of work; under a rulebook that counts it as employment the benefit ends.

    Needs the scope `benefits:write`.

    Args:
        benefit_id (int):
        idempotency_key (str | Unset):
        x_purpose (str):
        body (SocialInsuranceFindingReport): Evidence that a person on benefit works (Jilin §8:
            contract, licence, permit, or de facto work).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceFindingOutcome]
    """

    kwargs = _get_kwargs(
        benefit_id=benefit_id,
        body=body,
        idempotency_key=idempotency_key,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    benefit_id: int,
    *,
    client: AuthenticatedClient,
    body: SocialInsuranceFindingReport,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Problem | SocialInsuranceFindingOutcome | None:
    """Report Employment

     Report evidence of work; under a rulebook that counts it as employment the benefit ends.

    Needs the scope `benefits:write`.

    Args:
        benefit_id (int):
        idempotency_key (str | Unset):
        x_purpose (str):
        body (SocialInsuranceFindingReport): Evidence that a person on benefit works (Jilin §8:
            contract, licence, permit, or de facto work).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceFindingOutcome
    """

    return (
        await asyncio_detailed(
            benefit_id=benefit_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_purpose=x_purpose,
        )
    ).parsed
