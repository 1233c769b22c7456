from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.my_access_log_pdf_language import MyAccessLogPdfLanguage
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    language: MyAccessLogPdfLanguage | Unset = MyAccessLogPdfLanguage.VI,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/me/access-log.pdf",
        "params": params,
    }

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
    *,
    client: AuthenticatedClient,
    language: MyAccessLogPdfLanguage | Unset = MyAccessLogPdfLanguage.VI,
) -> Response[File | Problem]:
    """My Access Log Pdf

     Which agency looked at my data, when and why, as a signed PDF in my language: for a person's own
    token only.

    Needs the scope `self:read`.

    Args:
        language (MyAccessLogPdfLanguage | Unset):  Default: MyAccessLogPdfLanguage.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    language: MyAccessLogPdfLanguage | Unset = MyAccessLogPdfLanguage.VI,
) -> File | Problem | None:
    """My Access Log Pdf

     Which agency looked at my data, when and why, as a signed PDF in my language: for a person's own
    token only.

    Needs the scope `self:read`.

    Args:
        language (MyAccessLogPdfLanguage | Unset):  Default: MyAccessLogPdfLanguage.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
        language=language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    language: MyAccessLogPdfLanguage | Unset = MyAccessLogPdfLanguage.VI,
) -> Response[File | Problem]:
    """My Access Log Pdf

     Which agency looked at my data, when and why, as a signed PDF in my language: for a person's own
    token only.

    Needs the scope `self:read`.

    Args:
        language (MyAccessLogPdfLanguage | Unset):  Default: MyAccessLogPdfLanguage.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    language: MyAccessLogPdfLanguage | Unset = MyAccessLogPdfLanguage.VI,
) -> File | Problem | None:
    """My Access Log Pdf

     Which agency looked at my data, when and why, as a signed PDF in my language: for a person's own
    token only.

    Needs the scope `self:read`.

    Args:
        language (MyAccessLogPdfLanguage | Unset):  Default: MyAccessLogPdfLanguage.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            language=language,
        )
    ).parsed
