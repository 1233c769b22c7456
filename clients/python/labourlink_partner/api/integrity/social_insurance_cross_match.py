from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_cross_match_format_type_0 import SocialInsuranceCrossMatchFormatType0
from ...models.social_insurance_cross_match_report import SocialInsuranceCrossMatchReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fund_area: None | str | Unset = UNSET,
    format_: None | SocialInsuranceCrossMatchFormatType0 | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    json_fund_area: None | str | Unset
    if isinstance(fund_area, Unset):
        json_fund_area = UNSET
    else:
        json_fund_area = fund_area
    params["fund_area"] = json_fund_area

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, SocialInsuranceCrossMatchFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cross-match",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialInsuranceCrossMatchReport:
    if response.status_code == 200:
        response_200 = SocialInsuranceCrossMatchReport.from_dict(response.json())

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
) -> Response[Problem | SocialInsuranceCrossMatchReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    fund_area: None | str | Unset = UNSET,
    format_: None | SocialInsuranceCrossMatchFormatType0 | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceCrossMatchReport]:
    """Cross Match

     People paid benefit in a month in which any channel shows them working, per fund area: the
    overlap, the overpayment and the evidence (which agency, which record).

    Needs the scope `benefits:read`.

    Args:
        fund_area (None | str | Unset):
        format_ (None | SocialInsuranceCrossMatchFormatType0 | Unset): json or csv; default from
            the Accept header
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceCrossMatchReport]
    """

    kwargs = _get_kwargs(
        fund_area=fund_area,
        format_=format_,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    fund_area: None | str | Unset = UNSET,
    format_: None | SocialInsuranceCrossMatchFormatType0 | Unset = UNSET,
    x_purpose: str,
) -> Problem | SocialInsuranceCrossMatchReport | None:
    """Cross Match

     People paid benefit in a month in which any channel shows them working, per fund area: the
    overlap, the overpayment and the evidence (which agency, which record).

    Needs the scope `benefits:read`.

    Args:
        fund_area (None | str | Unset):
        format_ (None | SocialInsuranceCrossMatchFormatType0 | Unset): json or csv; default from
            the Accept header
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceCrossMatchReport
    """

    return sync_detailed(
        client=client,
        fund_area=fund_area,
        format_=format_,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    fund_area: None | str | Unset = UNSET,
    format_: None | SocialInsuranceCrossMatchFormatType0 | Unset = UNSET,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceCrossMatchReport]:
    """Cross Match

     People paid benefit in a month in which any channel shows them working, per fund area: the
    overlap, the overpayment and the evidence (which agency, which record).

    Needs the scope `benefits:read`.

    Args:
        fund_area (None | str | Unset):
        format_ (None | SocialInsuranceCrossMatchFormatType0 | Unset): json or csv; default from
            the Accept header
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceCrossMatchReport]
    """

    kwargs = _get_kwargs(
        fund_area=fund_area,
        format_=format_,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    fund_area: None | str | Unset = UNSET,
    format_: None | SocialInsuranceCrossMatchFormatType0 | Unset = UNSET,
    x_purpose: str,
) -> Problem | SocialInsuranceCrossMatchReport | None:
    """Cross Match

     People paid benefit in a month in which any channel shows them working, per fund area: the
    overlap, the overpayment and the evidence (which agency, which record).

    Needs the scope `benefits:read`.

    Args:
        fund_area (None | str | Unset):
        format_ (None | SocialInsuranceCrossMatchFormatType0 | Unset): json or csv; default from
            the Accept header
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceCrossMatchReport
    """

    return (
        await asyncio_detailed(
            client=client,
            fund_area=fund_area,
            format_=format_,
            x_purpose=x_purpose,
        )
    ).parsed
