import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_expiry_report import JobMatchingExpiryReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/vacancies/expire",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobMatchingExpiryReport | Problem:
    if response.status_code == 200:
        response_200 = JobMatchingExpiryReport.from_dict(response.json())

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
) -> Response[JobMatchingExpiryReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[JobMatchingExpiryReport | Problem]:
    """Expire Vacancies

     Close the open vacancies whose closing date has passed (run daily).

    Needs the scope `vacancies:write`.

    Args:
        on (datetime.date | None | Unset): the day to act as of (default: today)
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingExpiryReport | Problem]
    """

    kwargs = _get_kwargs(
        on=on,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> JobMatchingExpiryReport | Problem | None:
    """Expire Vacancies

     Close the open vacancies whose closing date has passed (run daily).

    Needs the scope `vacancies:write`.

    Args:
        on (datetime.date | None | Unset): the day to act as of (default: today)
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingExpiryReport | Problem
    """

    return sync_detailed(
        client=client,
        on=on,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[JobMatchingExpiryReport | Problem]:
    """Expire Vacancies

     Close the open vacancies whose closing date has passed (run daily).

    Needs the scope `vacancies:write`.

    Args:
        on (datetime.date | None | Unset): the day to act as of (default: today)
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingExpiryReport | Problem]
    """

    kwargs = _get_kwargs(
        on=on,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> JobMatchingExpiryReport | Problem | None:
    """Expire Vacancies

     Close the open vacancies whose closing date has passed (run daily).

    Needs the scope `vacancies:write`.

    Args:
        on (datetime.date | None | Unset): the day to act as of (default: today)
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingExpiryReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            on=on,
            idempotency_key=idempotency_key,
        )
    ).parsed
