from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.social_insurance_decision_pdf_language import SocialInsuranceDecisionPdfLanguage
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    claim_id: int,
    *,
    national_id: str,
    language: SocialInsuranceDecisionPdfLanguage | Unset = SocialInsuranceDecisionPdfLanguage.EN,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    params["national_id"] = national_id

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/claims/{claim_id}/decision.pdf".format(
            claim_id=quote(str(claim_id), safe=""),
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
    claim_id: int,
    *,
    client: AuthenticatedClient,
    national_id: str,
    language: SocialInsuranceDecisionPdfLanguage | Unset = SocialInsuranceDecisionPdfLanguage.EN,
    x_purpose: str,
) -> Response[File | Problem]:
    """Decision Pdf

     The decision as a signed PDF in one language, for the person who claimed: every rule with its
    article and why it passed or failed; its code verifies at the gateway's /v1/documents/verify/{code}.

    Needs the scope `claims:read`.

    Args:
        claim_id (int):
        national_id (str): whose claim it is
        language (SocialInsuranceDecisionPdfLanguage | Unset):  Default:
            SocialInsuranceDecisionPdfLanguage.EN.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        national_id=national_id,
        language=language,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    claim_id: int,
    *,
    client: AuthenticatedClient,
    national_id: str,
    language: SocialInsuranceDecisionPdfLanguage | Unset = SocialInsuranceDecisionPdfLanguage.EN,
    x_purpose: str,
) -> File | Problem | None:
    """Decision Pdf

     The decision as a signed PDF in one language, for the person who claimed: every rule with its
    article and why it passed or failed; its code verifies at the gateway's /v1/documents/verify/{code}.

    Needs the scope `claims:read`.

    Args:
        claim_id (int):
        national_id (str): whose claim it is
        language (SocialInsuranceDecisionPdfLanguage | Unset):  Default:
            SocialInsuranceDecisionPdfLanguage.EN.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        claim_id=claim_id,
        client=client,
        national_id=national_id,
        language=language,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    claim_id: int,
    *,
    client: AuthenticatedClient,
    national_id: str,
    language: SocialInsuranceDecisionPdfLanguage | Unset = SocialInsuranceDecisionPdfLanguage.EN,
    x_purpose: str,
) -> Response[File | Problem]:
    """Decision Pdf

     The decision as a signed PDF in one language, for the person who claimed: every rule with its
    article and why it passed or failed; its code verifies at the gateway's /v1/documents/verify/{code}.

    Needs the scope `claims:read`.

    Args:
        claim_id (int):
        national_id (str): whose claim it is
        language (SocialInsuranceDecisionPdfLanguage | Unset):  Default:
            SocialInsuranceDecisionPdfLanguage.EN.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        national_id=national_id,
        language=language,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    claim_id: int,
    *,
    client: AuthenticatedClient,
    national_id: str,
    language: SocialInsuranceDecisionPdfLanguage | Unset = SocialInsuranceDecisionPdfLanguage.EN,
    x_purpose: str,
) -> File | Problem | None:
    """Decision Pdf

     The decision as a signed PDF in one language, for the person who claimed: every rule with its
    article and why it passed or failed; its code verifies at the gateway's /v1/documents/verify/{code}.

    Needs the scope `claims:read`.

    Args:
        claim_id (int):
        national_id (str): whose claim it is
        language (SocialInsuranceDecisionPdfLanguage | Unset):  Default:
            SocialInsuranceDecisionPdfLanguage.EN.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            claim_id=claim_id,
            client=client,
            national_id=national_id,
            language=language,
            x_purpose=x_purpose,
        )
    ).parsed
