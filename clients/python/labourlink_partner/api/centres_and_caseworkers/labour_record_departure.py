from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_caseworker_read import LabourCaseworkerRead
from ...models.labour_departure import LabourDeparture
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    caseworker_id: int,
    *,
    body: LabourDeparture,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/caseworkers/{caseworker_id}/departure".format(
            caseworker_id=quote(str(caseworker_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabourCaseworkerRead | Problem:
    if response.status_code == 200:
        response_200 = LabourCaseworkerRead.from_dict(response.json())

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
) -> Response[LabourCaseworkerRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    caseworker_id: int,
    *,
    client: AuthenticatedClient,
    body: LabourDeparture,
    idempotency_key: str | Unset = UNSET,
) -> Response[LabourCaseworkerRead | Problem]:
    """Record Departure

     A caseworker leaves; their open cases are reassigned to the lightest caseloads at the centre.

    Needs the scope `registrations:write`.

    Args:
        caseworker_id (int):
        idempotency_key (str | Unset):
        body (LabourDeparture):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourCaseworkerRead | Problem]
    """

    kwargs = _get_kwargs(
        caseworker_id=caseworker_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    caseworker_id: int,
    *,
    client: AuthenticatedClient,
    body: LabourDeparture,
    idempotency_key: str | Unset = UNSET,
) -> LabourCaseworkerRead | Problem | None:
    """Record Departure

     A caseworker leaves; their open cases are reassigned to the lightest caseloads at the centre.

    Needs the scope `registrations:write`.

    Args:
        caseworker_id (int):
        idempotency_key (str | Unset):
        body (LabourDeparture):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourCaseworkerRead | Problem
    """

    return sync_detailed(
        caseworker_id=caseworker_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    caseworker_id: int,
    *,
    client: AuthenticatedClient,
    body: LabourDeparture,
    idempotency_key: str | Unset = UNSET,
) -> Response[LabourCaseworkerRead | Problem]:
    """Record Departure

     A caseworker leaves; their open cases are reassigned to the lightest caseloads at the centre.

    Needs the scope `registrations:write`.

    Args:
        caseworker_id (int):
        idempotency_key (str | Unset):
        body (LabourDeparture):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourCaseworkerRead | Problem]
    """

    kwargs = _get_kwargs(
        caseworker_id=caseworker_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    caseworker_id: int,
    *,
    client: AuthenticatedClient,
    body: LabourDeparture,
    idempotency_key: str | Unset = UNSET,
) -> LabourCaseworkerRead | Problem | None:
    """Record Departure

     A caseworker leaves; their open cases are reassigned to the lightest caseloads at the centre.

    Needs the scope `registrations:write`.

    Args:
        caseworker_id (int):
        idempotency_key (str | Unset):
        body (LabourDeparture):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourCaseworkerRead | Problem
    """

    return (
        await asyncio_detailed(
            caseworker_id=caseworker_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
