from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_jurisdiction import LabourJurisdiction
from ...models.labour_page_employer_read import LabourPageEmployerRead
from ...models.labour_wage_region import LabourWageRegion
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    jurisdiction: LabourJurisdiction | None | Unset = UNSET,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    wage_region: LabourWageRegion | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_jurisdiction: None | str | Unset
    if isinstance(jurisdiction, Unset):
        json_jurisdiction = UNSET
    elif isinstance(jurisdiction, LabourJurisdiction):
        json_jurisdiction = jurisdiction.value
    else:
        json_jurisdiction = jurisdiction
    params["jurisdiction"] = json_jurisdiction

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

    json_wage_region: None | str | Unset
    if isinstance(wage_region, Unset):
        json_wage_region = UNSET
    elif isinstance(wage_region, LabourWageRegion):
        json_wage_region = wage_region.value
    else:
        json_wage_region = wage_region
    params["wage_region"] = json_wage_region

    json_after: int | None | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/employers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabourPageEmployerRead | Problem:
    if response.status_code == 200:
        response_200 = LabourPageEmployerRead.from_dict(response.json())

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
) -> Response[LabourPageEmployerRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    jurisdiction: LabourJurisdiction | None | Unset = UNSET,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    wage_region: LabourWageRegion | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[LabourPageEmployerRead | Problem]:
    """List Employers

     Employers, filtered, by keyset pages.

    Needs the scope `employers:read`.

    Args:
        jurisdiction (LabourJurisdiction | None | Unset):
        province (None | str | Unset):
        district (None | str | Unset):
        wage_region (LabourWageRegion | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageEmployerRead | Problem]
    """

    kwargs = _get_kwargs(
        jurisdiction=jurisdiction,
        province=province,
        district=district,
        wage_region=wage_region,
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    jurisdiction: LabourJurisdiction | None | Unset = UNSET,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    wage_region: LabourWageRegion | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> LabourPageEmployerRead | Problem | None:
    """List Employers

     Employers, filtered, by keyset pages.

    Needs the scope `employers:read`.

    Args:
        jurisdiction (LabourJurisdiction | None | Unset):
        province (None | str | Unset):
        district (None | str | Unset):
        wage_region (LabourWageRegion | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageEmployerRead | Problem
    """

    return sync_detailed(
        client=client,
        jurisdiction=jurisdiction,
        province=province,
        district=district,
        wage_region=wage_region,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    jurisdiction: LabourJurisdiction | None | Unset = UNSET,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    wage_region: LabourWageRegion | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[LabourPageEmployerRead | Problem]:
    """List Employers

     Employers, filtered, by keyset pages.

    Needs the scope `employers:read`.

    Args:
        jurisdiction (LabourJurisdiction | None | Unset):
        province (None | str | Unset):
        district (None | str | Unset):
        wage_region (LabourWageRegion | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageEmployerRead | Problem]
    """

    kwargs = _get_kwargs(
        jurisdiction=jurisdiction,
        province=province,
        district=district,
        wage_region=wage_region,
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    jurisdiction: LabourJurisdiction | None | Unset = UNSET,
    province: None | str | Unset = UNSET,
    district: None | str | Unset = UNSET,
    wage_region: LabourWageRegion | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
) -> LabourPageEmployerRead | Problem | None:
    """List Employers

     Employers, filtered, by keyset pages.

    Needs the scope `employers:read`.

    Args:
        jurisdiction (LabourJurisdiction | None | Unset):
        province (None | str | Unset):
        district (None | str | Unset):
        wage_region (LabourWageRegion | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageEmployerRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            jurisdiction=jurisdiction,
            province=province,
            district=district,
            wage_region=wage_region,
            after=after,
            limit=limit,
        )
    ).parsed
