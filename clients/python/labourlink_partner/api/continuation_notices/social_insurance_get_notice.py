from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_get_notice_language import SocialInsuranceGetNoticeLanguage
from ...models.social_insurance_get_notice_response_get_notice import SocialInsuranceGetNoticeResponseGetNotice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    notice_id: int,
    *,
    language: SocialInsuranceGetNoticeLanguage | Unset = SocialInsuranceGetNoticeLanguage.EN,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/continuation-notices/{notice_id}".format(
            notice_id=quote(str(notice_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SocialInsuranceGetNoticeResponseGetNotice:
    if response.status_code == 200:
        response_200 = SocialInsuranceGetNoticeResponseGetNotice.from_dict(response.json())

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
) -> Response[Problem | SocialInsuranceGetNoticeResponseGetNotice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    notice_id: int,
    *,
    client: AuthenticatedClient,
    language: SocialInsuranceGetNoticeLanguage | Unset = SocialInsuranceGetNoticeLanguage.EN,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceGetNoticeResponseGetNotice]:
    """Get Notice

     A notice as JSON, its texts in Vietnamese (vi), Chinese (zh) or English (en).

    Needs the scope `notices:read`.

    Args:
        notice_id (int):
        language (SocialInsuranceGetNoticeLanguage | Unset):  Default:
            SocialInsuranceGetNoticeLanguage.EN.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceGetNoticeResponseGetNotice]
    """

    kwargs = _get_kwargs(
        notice_id=notice_id,
        language=language,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    notice_id: int,
    *,
    client: AuthenticatedClient,
    language: SocialInsuranceGetNoticeLanguage | Unset = SocialInsuranceGetNoticeLanguage.EN,
    x_purpose: str,
) -> Problem | SocialInsuranceGetNoticeResponseGetNotice | None:
    """Get Notice

     A notice as JSON, its texts in Vietnamese (vi), Chinese (zh) or English (en).

    Needs the scope `notices:read`.

    Args:
        notice_id (int):
        language (SocialInsuranceGetNoticeLanguage | Unset):  Default:
            SocialInsuranceGetNoticeLanguage.EN.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceGetNoticeResponseGetNotice
    """

    return sync_detailed(
        notice_id=notice_id,
        client=client,
        language=language,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    notice_id: int,
    *,
    client: AuthenticatedClient,
    language: SocialInsuranceGetNoticeLanguage | Unset = SocialInsuranceGetNoticeLanguage.EN,
    x_purpose: str,
) -> Response[Problem | SocialInsuranceGetNoticeResponseGetNotice]:
    """Get Notice

     A notice as JSON, its texts in Vietnamese (vi), Chinese (zh) or English (en).

    Needs the scope `notices:read`.

    Args:
        notice_id (int):
        language (SocialInsuranceGetNoticeLanguage | Unset):  Default:
            SocialInsuranceGetNoticeLanguage.EN.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SocialInsuranceGetNoticeResponseGetNotice]
    """

    kwargs = _get_kwargs(
        notice_id=notice_id,
        language=language,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    notice_id: int,
    *,
    client: AuthenticatedClient,
    language: SocialInsuranceGetNoticeLanguage | Unset = SocialInsuranceGetNoticeLanguage.EN,
    x_purpose: str,
) -> Problem | SocialInsuranceGetNoticeResponseGetNotice | None:
    """Get Notice

     A notice as JSON, its texts in Vietnamese (vi), Chinese (zh) or English (en).

    Needs the scope `notices:read`.

    Args:
        notice_id (int):
        language (SocialInsuranceGetNoticeLanguage | Unset):  Default:
            SocialInsuranceGetNoticeLanguage.EN.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SocialInsuranceGetNoticeResponseGetNotice
    """

    return (
        await asyncio_detailed(
            notice_id=notice_id,
            client=client,
            language=language,
            x_purpose=x_purpose,
        )
    ).parsed
