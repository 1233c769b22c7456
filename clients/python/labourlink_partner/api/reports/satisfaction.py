import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.satisfaction_format_type_0 import SatisfactionFormatType0
from ...models.satisfaction_group_by import SatisfactionGroupBy
from ...models.satisfaction_report import SatisfactionReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    surveyed_from: datetime.date,
    surveyed_to: datetime.date,
    group_by: SatisfactionGroupBy | Unset = SatisfactionGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: None | SatisfactionFormatType0 | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_surveyed_from = surveyed_from.isoformat()
    params["surveyed_from"] = json_surveyed_from

    json_surveyed_to = surveyed_to.isoformat()
    params["surveyed_to"] = json_surveyed_to

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    json_province: None | str | Unset
    if isinstance(province, Unset):
        json_province = UNSET
    else:
        json_province = province
    params["province"] = json_province

    json_district: None | str | Unset
    if isinstance(district, Unset):
        json_district = UNSET
    else:
        json_district = district
    params["district"] = json_district

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, SatisfactionFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/satisfaction",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SatisfactionReport:
    if response.status_code == 200:
        response_200 = SatisfactionReport.from_dict(response.json())

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
) -> Response[Problem | SatisfactionReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    surveyed_from: datetime.date,
    surveyed_to: datetime.date,
    group_by: SatisfactionGroupBy | Unset = SatisfactionGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: None | SatisfactionFormatType0 | Unset = UNSET,
) -> Response[Problem | SatisfactionReport]:
    """Satisfaction

     The satisfaction index of UI participants per group (target 85% by 2025, 90% by 2030).

    Needs the scope `reports:read`.

    Args:
        surveyed_from (datetime.date):
        surveyed_to (datetime.date):
        group_by (SatisfactionGroupBy | Unset):  Default: SatisfactionGroupBy.PROVINCE.
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
        format_ (None | SatisfactionFormatType0 | Unset): json or csv; default from the Accept
            header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SatisfactionReport]
    """

    kwargs = _get_kwargs(
        surveyed_from=surveyed_from,
        surveyed_to=surveyed_to,
        group_by=group_by,
        province=province,
        district=district,
        centre_code=centre_code,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    surveyed_from: datetime.date,
    surveyed_to: datetime.date,
    group_by: SatisfactionGroupBy | Unset = SatisfactionGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: None | SatisfactionFormatType0 | Unset = UNSET,
) -> Problem | SatisfactionReport | None:
    """Satisfaction

     The satisfaction index of UI participants per group (target 85% by 2025, 90% by 2030).

    Needs the scope `reports:read`.

    Args:
        surveyed_from (datetime.date):
        surveyed_to (datetime.date):
        group_by (SatisfactionGroupBy | Unset):  Default: SatisfactionGroupBy.PROVINCE.
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
        format_ (None | SatisfactionFormatType0 | Unset): json or csv; default from the Accept
            header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SatisfactionReport
    """

    return sync_detailed(
        client=client,
        surveyed_from=surveyed_from,
        surveyed_to=surveyed_to,
        group_by=group_by,
        province=province,
        district=district,
        centre_code=centre_code,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    surveyed_from: datetime.date,
    surveyed_to: datetime.date,
    group_by: SatisfactionGroupBy | Unset = SatisfactionGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: None | SatisfactionFormatType0 | Unset = UNSET,
) -> Response[Problem | SatisfactionReport]:
    """Satisfaction

     The satisfaction index of UI participants per group (target 85% by 2025, 90% by 2030).

    Needs the scope `reports:read`.

    Args:
        surveyed_from (datetime.date):
        surveyed_to (datetime.date):
        group_by (SatisfactionGroupBy | Unset):  Default: SatisfactionGroupBy.PROVINCE.
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
        format_ (None | SatisfactionFormatType0 | Unset): json or csv; default from the Accept
            header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SatisfactionReport]
    """

    kwargs = _get_kwargs(
        surveyed_from=surveyed_from,
        surveyed_to=surveyed_to,
        group_by=group_by,
        province=province,
        district=district,
        centre_code=centre_code,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    surveyed_from: datetime.date,
    surveyed_to: datetime.date,
    group_by: SatisfactionGroupBy | Unset = SatisfactionGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: None | SatisfactionFormatType0 | Unset = UNSET,
) -> Problem | SatisfactionReport | None:
    """Satisfaction

     The satisfaction index of UI participants per group (target 85% by 2025, 90% by 2030).

    Needs the scope `reports:read`.

    Args:
        surveyed_from (datetime.date):
        surveyed_to (datetime.date):
        group_by (SatisfactionGroupBy | Unset):  Default: SatisfactionGroupBy.PROVINCE.
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
        format_ (None | SatisfactionFormatType0 | Unset): json or csv; default from the Accept
            header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SatisfactionReport
    """

    return (
        await asyncio_detailed(
            client=client,
            surveyed_from=surveyed_from,
            surveyed_to=surveyed_to,
            group_by=group_by,
            province=province,
            district=district,
            centre_code=centre_code,
            format_=format_,
        )
    ).parsed
