import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.data_linkage_format_type_0 import DataLinkageFormatType0
from ...models.data_linkage_group_by import DataLinkageGroupBy
from ...models.linkage_report import LinkageReport
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    recorded_from: datetime.date,
    recorded_to: datetime.date,
    group_by: DataLinkageGroupBy | Unset = DataLinkageGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    format_: DataLinkageFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_recorded_from = recorded_from.isoformat()
    params["recorded_from"] = json_recorded_from

    json_recorded_to = recorded_to.isoformat()
    params["recorded_to"] = json_recorded_to

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

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, DataLinkageFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/data-linkage",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LinkageReport | Problem:
    if response.status_code == 200:
        response_200 = LinkageReport.from_dict(response.json())

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
) -> Response[LinkageReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    recorded_from: datetime.date,
    recorded_to: datetime.date,
    group_by: DataLinkageGroupBy | Unset = DataLinkageGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    format_: DataLinkageFormatType0 | None | Unset = UNSET,
) -> Response[LinkageReport | Problem]:
    """Data Linkage

     Terminations recorded in the period that produced a continuation notice within a day, and the lag.

    Needs the scope `reports:read`.

    Args:
        recorded_from (datetime.date):
        recorded_to (datetime.date):
        group_by (DataLinkageGroupBy | Unset):  Default: DataLinkageGroupBy.PROVINCE.
        province (None | str | Unset):
        format_ (DataLinkageFormatType0 | None | Unset): json or csv; default from the Accept
            header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkageReport | Problem]
    """

    kwargs = _get_kwargs(
        recorded_from=recorded_from,
        recorded_to=recorded_to,
        group_by=group_by,
        province=province,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    recorded_from: datetime.date,
    recorded_to: datetime.date,
    group_by: DataLinkageGroupBy | Unset = DataLinkageGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    format_: DataLinkageFormatType0 | None | Unset = UNSET,
) -> LinkageReport | Problem | None:
    """Data Linkage

     Terminations recorded in the period that produced a continuation notice within a day, and the lag.

    Needs the scope `reports:read`.

    Args:
        recorded_from (datetime.date):
        recorded_to (datetime.date):
        group_by (DataLinkageGroupBy | Unset):  Default: DataLinkageGroupBy.PROVINCE.
        province (None | str | Unset):
        format_ (DataLinkageFormatType0 | None | Unset): json or csv; default from the Accept
            header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkageReport | Problem
    """

    return sync_detailed(
        client=client,
        recorded_from=recorded_from,
        recorded_to=recorded_to,
        group_by=group_by,
        province=province,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    recorded_from: datetime.date,
    recorded_to: datetime.date,
    group_by: DataLinkageGroupBy | Unset = DataLinkageGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    format_: DataLinkageFormatType0 | None | Unset = UNSET,
) -> Response[LinkageReport | Problem]:
    """Data Linkage

     Terminations recorded in the period that produced a continuation notice within a day, and the lag.

    Needs the scope `reports:read`.

    Args:
        recorded_from (datetime.date):
        recorded_to (datetime.date):
        group_by (DataLinkageGroupBy | Unset):  Default: DataLinkageGroupBy.PROVINCE.
        province (None | str | Unset):
        format_ (DataLinkageFormatType0 | None | Unset): json or csv; default from the Accept
            header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkageReport | Problem]
    """

    kwargs = _get_kwargs(
        recorded_from=recorded_from,
        recorded_to=recorded_to,
        group_by=group_by,
        province=province,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    recorded_from: datetime.date,
    recorded_to: datetime.date,
    group_by: DataLinkageGroupBy | Unset = DataLinkageGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    format_: DataLinkageFormatType0 | None | Unset = UNSET,
) -> LinkageReport | Problem | None:
    """Data Linkage

     Terminations recorded in the period that produced a continuation notice within a day, and the lag.

    Needs the scope `reports:read`.

    Args:
        recorded_from (datetime.date):
        recorded_to (datetime.date):
        group_by (DataLinkageGroupBy | Unset):  Default: DataLinkageGroupBy.PROVINCE.
        province (None | str | Unset):
        format_ (DataLinkageFormatType0 | None | Unset): json or csv; default from the Accept
            header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkageReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            recorded_from=recorded_from,
            recorded_to=recorded_to,
            group_by=group_by,
            province=province,
            format_=format_,
        )
    ).parsed
