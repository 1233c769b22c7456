from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_job_fair_detail import JobMatchingJobFairDetail
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    job_fair_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/job-fairs/{job_fair_id}".format(
            job_fair_id=quote(str(job_fair_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobMatchingJobFairDetail | Problem:
    if response.status_code == 200:
        response_200 = JobMatchingJobFairDetail.from_dict(response.json())

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
) -> Response[JobMatchingJobFairDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_fair_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[JobMatchingJobFairDetail | Problem]:
    """Get Job Fair

     One fair with its vacancies.

    Needs the scope `vacancies:read`.

    Args:
        job_fair_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingJobFairDetail | Problem]
    """

    kwargs = _get_kwargs(
        job_fair_id=job_fair_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_fair_id: int,
    *,
    client: AuthenticatedClient,
) -> JobMatchingJobFairDetail | Problem | None:
    """Get Job Fair

     One fair with its vacancies.

    Needs the scope `vacancies:read`.

    Args:
        job_fair_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingJobFairDetail | Problem
    """

    return sync_detailed(
        job_fair_id=job_fair_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_fair_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[JobMatchingJobFairDetail | Problem]:
    """Get Job Fair

     One fair with its vacancies.

    Needs the scope `vacancies:read`.

    Args:
        job_fair_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingJobFairDetail | Problem]
    """

    kwargs = _get_kwargs(
        job_fair_id=job_fair_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_fair_id: int,
    *,
    client: AuthenticatedClient,
) -> JobMatchingJobFairDetail | Problem | None:
    """Get Job Fair

     One fair with its vacancies.

    Needs the scope `vacancies:read`.

    Args:
        job_fair_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingJobFairDetail | Problem
    """

    return (
        await asyncio_detailed(
            job_fair_id=job_fair_id,
            client=client,
        )
    ).parsed
