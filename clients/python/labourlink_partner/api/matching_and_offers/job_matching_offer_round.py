import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_offer_round import JobMatchingOfferRound
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    json_centre_code: None | str | Unset
    if isinstance(centre_code, Unset):
        json_centre_code = UNSET
    else:
        json_centre_code = centre_code
    params["centre_code"] = json_centre_code

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/offers/round",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobMatchingOfferRound | Problem:
    if response.status_code == 200:
        response_200 = JobMatchingOfferRound.from_dict(response.json())

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
) -> Response[JobMatchingOfferRound | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[JobMatchingOfferRound | Problem]:
    """Offer Round

     Bring every active seeker (of a centre, or all) to three open offers where the market has them (run
    daily).

    Needs the scope `seekers:write`.

    Args:
        centre_code (None | str | Unset):
        on (datetime.date | None | Unset): the day to act as of (default: today)
        idempotency_key (str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingOfferRound | Problem]
    """

    kwargs = _get_kwargs(
        centre_code=centre_code,
        on=on,
        idempotency_key=idempotency_key,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> JobMatchingOfferRound | Problem | None:
    """Offer Round

     Bring every active seeker (of a centre, or all) to three open offers where the market has them (run
    daily).

    Needs the scope `seekers:write`.

    Args:
        centre_code (None | str | Unset):
        on (datetime.date | None | Unset): the day to act as of (default: today)
        idempotency_key (str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingOfferRound | Problem
    """

    return sync_detailed(
        client=client,
        centre_code=centre_code,
        on=on,
        idempotency_key=idempotency_key,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> Response[JobMatchingOfferRound | Problem]:
    """Offer Round

     Bring every active seeker (of a centre, or all) to three open offers where the market has them (run
    daily).

    Needs the scope `seekers:write`.

    Args:
        centre_code (None | str | Unset):
        on (datetime.date | None | Unset): the day to act as of (default: today)
        idempotency_key (str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingOfferRound | Problem]
    """

    kwargs = _get_kwargs(
        centre_code=centre_code,
        on=on,
        idempotency_key=idempotency_key,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    centre_code: None | str | Unset = UNSET,
    on: datetime.date | None | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    x_purpose: str,
) -> JobMatchingOfferRound | Problem | None:
    """Offer Round

     Bring every active seeker (of a centre, or all) to three open offers where the market has them (run
    daily).

    Needs the scope `seekers:write`.

    Args:
        centre_code (None | str | Unset):
        on (datetime.date | None | Unset): the day to act as of (default: today)
        idempotency_key (str | Unset):
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingOfferRound | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            centre_code=centre_code,
            on=on,
            idempotency_key=idempotency_key,
            x_purpose=x_purpose,
        )
    ).parsed
