from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_counselling_create import LabourCounsellingCreate
from ...models.labour_counselling_read import LabourCounsellingRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LabourCounsellingCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["X-Purpose"] = x_purpose

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/counselling-sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabourCounsellingRead | Problem:
    if response.status_code == 201:
        response_201 = LabourCounsellingRead.from_dict(response.json())

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
) -> Response[LabourCounsellingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LabourCounsellingCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[LabourCounsellingRead | Problem]:
    """Provide Counselling

     Record a counselling or vocational guidance session.

    Needs the scope `counselling:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (LabourCounsellingCreate): Free counselling or vocational guidance given to a person
            (seed 000 annex).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourCounsellingRead | Problem]
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
    body: LabourCounsellingCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> LabourCounsellingRead | Problem | None:
    """Provide Counselling

     Record a counselling or vocational guidance session.

    Needs the scope `counselling:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (LabourCounsellingCreate): Free counselling or vocational guidance given to a person
            (seed 000 annex).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourCounsellingRead | Problem
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
    body: LabourCounsellingCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[LabourCounsellingRead | Problem]:
    """Provide Counselling

     Record a counselling or vocational guidance session.

    Needs the scope `counselling:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (LabourCounsellingCreate): Free counselling or vocational guidance given to a person
            (seed 000 annex).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourCounsellingRead | Problem]
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
    body: LabourCounsellingCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> LabourCounsellingRead | Problem | None:
    """Provide Counselling

     Record a counselling or vocational guidance session.

    Needs the scope `counselling:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (LabourCounsellingCreate): Free counselling or vocational guidance given to a person
            (seed 000 annex).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourCounsellingRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_purpose=x_purpose,
        )
    ).parsed
