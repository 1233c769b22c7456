from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_monthly_progress_report import LabourMonthlyProgressReport
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    caseworker_id: int,
    *,
    month: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["month"] = month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/caseworkers/{caseworker_id}/monthly-report".format(
            caseworker_id=quote(str(caseworker_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabourMonthlyProgressReport | Problem:
    if response.status_code == 200:
        response_200 = LabourMonthlyProgressReport.from_dict(response.json())

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
) -> Response[LabourMonthlyProgressReport | Problem]:
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
    month: str,
) -> Response[LabourMonthlyProgressReport | Problem]:
    """Monthly Progress Report

     The caseworker's monthly progress report.

    Needs the scope `registrations:read`.

    Args:
        caseworker_id (int):
        month (str): YYYY-MM

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourMonthlyProgressReport | Problem]
    """

    kwargs = _get_kwargs(
        caseworker_id=caseworker_id,
        month=month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    caseworker_id: int,
    *,
    client: AuthenticatedClient,
    month: str,
) -> LabourMonthlyProgressReport | Problem | None:
    """Monthly Progress Report

     The caseworker's monthly progress report.

    Needs the scope `registrations:read`.

    Args:
        caseworker_id (int):
        month (str): YYYY-MM

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourMonthlyProgressReport | Problem
    """

    return sync_detailed(
        caseworker_id=caseworker_id,
        client=client,
        month=month,
    ).parsed


async def asyncio_detailed(
    caseworker_id: int,
    *,
    client: AuthenticatedClient,
    month: str,
) -> Response[LabourMonthlyProgressReport | Problem]:
    """Monthly Progress Report

     The caseworker's monthly progress report.

    Needs the scope `registrations:read`.

    Args:
        caseworker_id (int):
        month (str): YYYY-MM

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourMonthlyProgressReport | Problem]
    """

    kwargs = _get_kwargs(
        caseworker_id=caseworker_id,
        month=month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    caseworker_id: int,
    *,
    client: AuthenticatedClient,
    month: str,
) -> LabourMonthlyProgressReport | Problem | None:
    """Monthly Progress Report

     The caseworker's monthly progress report.

    Needs the scope `registrations:read`.

    Args:
        caseworker_id (int):
        month (str): YYYY-MM

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourMonthlyProgressReport | Problem
    """

    return (
        await asyncio_detailed(
            caseworker_id=caseworker_id,
            client=client,
            month=month,
        )
    ).parsed
