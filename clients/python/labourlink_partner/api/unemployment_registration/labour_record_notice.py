from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_notice_create import LabourNoticeCreate
from ...models.labour_notice_read import LabourNoticeRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LabourNoticeCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["X-Purpose"] = x_purpose

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/job-search-notices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LabourNoticeRead | Problem:
    if response.status_code == 201:
        response_201 = LabourNoticeRead.from_dict(response.json())

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
) -> Response[LabourNoticeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LabourNoticeCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[LabourNoticeRead | Problem]:
    """Record Notice

     Record a monthly job-search notice (Vietnam); publishes labour.job_search_notice.recorded.v1.

    Needs the scope `registrations:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (LabourNoticeCreate): A monthly job-search notice (Vietnam): the registration by id,
            or the person by national ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourNoticeRead | Problem]
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
    body: LabourNoticeCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> LabourNoticeRead | Problem | None:
    """Record Notice

     Record a monthly job-search notice (Vietnam); publishes labour.job_search_notice.recorded.v1.

    Needs the scope `registrations:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (LabourNoticeCreate): A monthly job-search notice (Vietnam): the registration by id,
            or the person by national ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourNoticeRead | Problem
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
    body: LabourNoticeCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[LabourNoticeRead | Problem]:
    """Record Notice

     Record a monthly job-search notice (Vietnam); publishes labour.job_search_notice.recorded.v1.

    Needs the scope `registrations:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (LabourNoticeCreate): A monthly job-search notice (Vietnam): the registration by id,
            or the person by national ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourNoticeRead | Problem]
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
    body: LabourNoticeCreate,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> LabourNoticeRead | Problem | None:
    """Record Notice

     Record a monthly job-search notice (Vietnam); publishes labour.job_search_notice.recorded.v1.

    Needs the scope `registrations:write`.

    Args:
        idempotency_key (str | Unset):
        x_purpose (str):
        body (LabourNoticeCreate): A monthly job-search notice (Vietnam): the registration by id,
            or the person by national ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourNoticeRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            x_purpose=x_purpose,
        )
    ).parsed
