from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_public_notice_pdf_language import SocialInsurancePublicNoticePdfLanguage
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    community: str,
    *,
    language: SocialInsurancePublicNoticePdfLanguage | Unset = SocialInsurancePublicNoticePdfLanguage.VI,
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
        "url": "/v1/public-notices/{community}/list.pdf".format(
            community=quote(str(community), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    community: str,
    *,
    client: AuthenticatedClient,
    language: SocialInsurancePublicNoticePdfLanguage | Unset = SocialInsurancePublicNoticePdfLanguage.VI,
    x_purpose: str,
) -> Response[File | Problem]:
    """Public Notice Pdf

     The public list of a street/community's benefit recipients as a signed PDF, IDs masked (seed
    001 §8); a long list is laid out a chunk of pages at a time and streamed.

    Needs the scope `benefits:read`.

    Args:
        community (str):
        language (SocialInsurancePublicNoticePdfLanguage | Unset):  Default:
            SocialInsurancePublicNoticePdfLanguage.VI.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        community=community,
        language=language,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    community: str,
    *,
    client: AuthenticatedClient,
    language: SocialInsurancePublicNoticePdfLanguage | Unset = SocialInsurancePublicNoticePdfLanguage.VI,
    x_purpose: str,
) -> File | Problem | None:
    """Public Notice Pdf

     The public list of a street/community's benefit recipients as a signed PDF, IDs masked (seed
    001 §8); a long list is laid out a chunk of pages at a time and streamed.

    Needs the scope `benefits:read`.

    Args:
        community (str):
        language (SocialInsurancePublicNoticePdfLanguage | Unset):  Default:
            SocialInsurancePublicNoticePdfLanguage.VI.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        community=community,
        client=client,
        language=language,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    community: str,
    *,
    client: AuthenticatedClient,
    language: SocialInsurancePublicNoticePdfLanguage | Unset = SocialInsurancePublicNoticePdfLanguage.VI,
    x_purpose: str,
) -> Response[File | Problem]:
    """Public Notice Pdf

     The public list of a street/community's benefit recipients as a signed PDF, IDs masked (seed
    001 §8); a long list is laid out a chunk of pages at a time and streamed.

    Needs the scope `benefits:read`.

    Args:
        community (str):
        language (SocialInsurancePublicNoticePdfLanguage | Unset):  Default:
            SocialInsurancePublicNoticePdfLanguage.VI.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        community=community,
        language=language,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    community: str,
    *,
    client: AuthenticatedClient,
    language: SocialInsurancePublicNoticePdfLanguage | Unset = SocialInsurancePublicNoticePdfLanguage.VI,
    x_purpose: str,
) -> File | Problem | None:
    """Public Notice Pdf

     The public list of a street/community's benefit recipients as a signed PDF, IDs masked (seed
    001 §8); a long list is laid out a chunk of pages at a time and streamed.

    Needs the scope `benefits:read`.

    Args:
        community (str):
        language (SocialInsurancePublicNoticePdfLanguage | Unset):  Default:
            SocialInsurancePublicNoticePdfLanguage.VI.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            community=community,
            client=client,
            language=language,
            x_purpose=x_purpose,
        )
    ).parsed
