import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.kpi_report import KpiReport
from ...models.kpis_format_type_0 import KpisFormatType0
from ...models.kpis_group_by import KpisGroupBy
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    registered_from: datetime.date,
    registered_to: datetime.date,
    group_by: KpisGroupBy | Unset = KpisGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: KpisFormatType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_registered_from = registered_from.isoformat()
    params["registered_from"] = json_registered_from

    json_registered_to = registered_to.isoformat()
    params["registered_to"] = json_registered_to

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
    elif isinstance(format_, KpisFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/reports/kpis",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> KpiReport | Problem:
    if response.status_code == 200:
        response_200 = KpiReport.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[KpiReport | Problem]:
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
    group_by: KpisGroupBy | Unset = KpisGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: KpisFormatType0 | None | Unset = UNSET,
) -> Response[KpiReport | Problem]:
    """Kpis

     The person-based targets (counselled, referred, placed, three offers, training, pension
    continuation) over the people registered in the period, per province, district or centre.

    Needs the scope `reports:read`.

    Args:
        registered_from (datetime.date):
        registered_to (datetime.date):
        group_by (KpisGroupBy | Unset):  Default: KpisGroupBy.PROVINCE.
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
        format_ (KpisFormatType0 | None | Unset): json or csv; default from the Accept header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KpiReport | Problem]
    """

    kwargs = _get_kwargs(
        registered_from=registered_from,
        registered_to=registered_to,
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
    registered_from: datetime.date,
    registered_to: datetime.date,
    group_by: KpisGroupBy | Unset = KpisGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: KpisFormatType0 | None | Unset = UNSET,
) -> KpiReport | Problem | None:
    """Kpis

     The person-based targets (counselled, referred, placed, three offers, training, pension
    continuation) over the people registered in the period, per province, district or centre.

    Needs the scope `reports:read`.

    Args:
        registered_from (datetime.date):
        registered_to (datetime.date):
        group_by (KpisGroupBy | Unset):  Default: KpisGroupBy.PROVINCE.
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
        format_ (KpisFormatType0 | None | Unset): json or csv; default from the Accept header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KpiReport | Problem
    """

    return sync_detailed(
        client=client,
        registered_from=registered_from,
        registered_to=registered_to,
        group_by=group_by,
        province=province,
        district=district,
        centre_code=centre_code,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    registered_from: datetime.date,
    registered_to: datetime.date,
    group_by: KpisGroupBy | Unset = KpisGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: KpisFormatType0 | None | Unset = UNSET,
) -> Response[KpiReport | Problem]:
    """Kpis

     The person-based targets (counselled, referred, placed, three offers, training, pension
    continuation) over the people registered in the period, per province, district or centre.

    Needs the scope `reports:read`.

    Args:
        registered_from (datetime.date):
        registered_to (datetime.date):
        group_by (KpisGroupBy | Unset):  Default: KpisGroupBy.PROVINCE.
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
        format_ (KpisFormatType0 | None | Unset): json or csv; default from the Accept header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[KpiReport | Problem]
    """

    kwargs = _get_kwargs(
        registered_from=registered_from,
        registered_to=registered_to,
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
    registered_from: datetime.date,
    registered_to: datetime.date,
    group_by: KpisGroupBy | Unset = KpisGroupBy.PROVINCE,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    centre_code: None | str | Unset = UNSET,
    format_: KpisFormatType0 | None | Unset = UNSET,
) -> KpiReport | Problem | None:
    """Kpis

     The person-based targets (counselled, referred, placed, three offers, training, pension
    continuation) over the people registered in the period, per province, district or centre.

    Needs the scope `reports:read`.

    Args:
        registered_from (datetime.date):
        registered_to (datetime.date):
        group_by (KpisGroupBy | Unset):  Default: KpisGroupBy.PROVINCE.
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
        format_ (KpisFormatType0 | None | Unset): json or csv; default from the Accept header

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KpiReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            registered_from=registered_from,
            registered_to=registered_to,
            group_by=group_by,
            province=province,
            district=district,
            centre_code=centre_code,
            format_=format_,
        )
    ).parsed
