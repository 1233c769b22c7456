import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_kpi_report import JobMatchingKpiReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    registered_from: datetime.date,
    registered_to: datetime.date,
    centre_code: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_registered_from = registered_from.isoformat()
    params["registered_from"] = json_registered_from

    json_registered_to = registered_to.isoformat()
    params["registered_to"] = json_registered_to

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/job-matching",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobMatchingKpiReport | Problem:
    if response.status_code == 200:
        response_200 = JobMatchingKpiReport.from_dict(response.json())

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
) -> Response[JobMatchingKpiReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    registered_from: datetime.date,
    registered_to: datetime.date,
    centre_code: None | str | Unset = UNSET,
) -> Response[JobMatchingKpiReport | Problem]:
    """Kpis

     Of the seekers who registered in the period: shares referred, placed after referral, and with
    three offers, per centre.

    Needs the scope `reports:read`.

    Args:
        registered_from (datetime.date):
        registered_to (datetime.date):
        centre_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingKpiReport | Problem]
    """

    kwargs = _get_kwargs(
        registered_from=registered_from,
        registered_to=registered_to,
        centre_code=centre_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    registered_from: datetime.date,
    registered_to: datetime.date,
    centre_code: None | str | Unset = UNSET,
) -> JobMatchingKpiReport | Problem | None:
    """Kpis

     Of the seekers who registered in the period: shares referred, placed after referral, and with
    three offers, per centre.

    Needs the scope `reports:read`.

    Args:
        registered_from (datetime.date):
        registered_to (datetime.date):
        centre_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingKpiReport | Problem
    """

    return sync_detailed(
        client=client,
        registered_from=registered_from,
        registered_to=registered_to,
        centre_code=centre_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    registered_from: datetime.date,
    registered_to: datetime.date,
    centre_code: None | str | Unset = UNSET,
) -> Response[JobMatchingKpiReport | Problem]:
    """Kpis

     Of the seekers who registered in the period: shares referred, placed after referral, and with
    three offers, per centre.

    Needs the scope `reports:read`.

    Args:
        registered_from (datetime.date):
        registered_to (datetime.date):
        centre_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingKpiReport | Problem]
    """

    kwargs = _get_kwargs(
        registered_from=registered_from,
        registered_to=registered_to,
        centre_code=centre_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    registered_from: datetime.date,
    registered_to: datetime.date,
    centre_code: None | str | Unset = UNSET,
) -> JobMatchingKpiReport | Problem | None:
    """Kpis

     Of the seekers who registered in the period: shares referred, placed after referral, and with
    three offers, per centre.

    Needs the scope `reports:read`.

    Args:
        registered_from (datetime.date):
        registered_to (datetime.date):
        centre_code (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingKpiReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            registered_from=registered_from,
            registered_to=registered_to,
            centre_code=centre_code,
        )
    ).parsed
