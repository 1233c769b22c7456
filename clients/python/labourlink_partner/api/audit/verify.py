from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.chain_verification import ChainVerification
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    head_seq: int | None | Unset = UNSET,
    head_hash: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_head_seq: int | None | Unset
    if isinstance(head_seq, Unset):
        json_head_seq = UNSET
    else:
        json_head_seq = head_seq
    params["head_seq"] = json_head_seq

    json_head_hash: None | str | Unset
    if isinstance(head_hash, Unset):
        json_head_hash = UNSET
    else:
        json_head_hash = head_hash
    params["head_hash"] = json_head_hash

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit/verify",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChainVerification | Problem:
    if response.status_code == 200:
        response_200 = ChainVerification.from_dict(response.json())

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
) -> Response[ChainVerification | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    head_seq: int | None | Unset = UNSET,
    head_hash: None | str | Unset = UNSET,
) -> Response[ChainVerification | Problem]:
    """Verify

     Recompute the audit chain and say whether any entry was changed, removed or reordered; with
    the head an earlier verification returned, whether the log was truncated since.

    Needs the scope `audit:read`.

    Args:
        head_seq (int | None | Unset): `head_seq` of an earlier verification
        head_hash (None | str | Unset): `head_hash` of that verification

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainVerification | Problem]
    """

    kwargs = _get_kwargs(
        head_seq=head_seq,
        head_hash=head_hash,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    head_seq: int | None | Unset = UNSET,
    head_hash: None | str | Unset = UNSET,
) -> ChainVerification | Problem | None:
    """Verify

     Recompute the audit chain and say whether any entry was changed, removed or reordered; with
    the head an earlier verification returned, whether the log was truncated since.

    Needs the scope `audit:read`.

    Args:
        head_seq (int | None | Unset): `head_seq` of an earlier verification
        head_hash (None | str | Unset): `head_hash` of that verification

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainVerification | Problem
    """

    return sync_detailed(
        client=client,
        head_seq=head_seq,
        head_hash=head_hash,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    head_seq: int | None | Unset = UNSET,
    head_hash: None | str | Unset = UNSET,
) -> Response[ChainVerification | Problem]:
    """Verify

     Recompute the audit chain and say whether any entry was changed, removed or reordered; with
    the head an earlier verification returned, whether the log was truncated since.

    Needs the scope `audit:read`.

    Args:
        head_seq (int | None | Unset): `head_seq` of an earlier verification
        head_hash (None | str | Unset): `head_hash` of that verification

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChainVerification | Problem]
    """

    kwargs = _get_kwargs(
        head_seq=head_seq,
        head_hash=head_hash,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    head_seq: int | None | Unset = UNSET,
    head_hash: None | str | Unset = UNSET,
) -> ChainVerification | Problem | None:
    """Verify

     Recompute the audit chain and say whether any entry was changed, removed or reordered; with
    the head an earlier verification returned, whether the log was truncated since.

    Needs the scope `audit:read`.

    Args:
        head_seq (int | None | Unset): `head_seq` of an earlier verification
        head_hash (None | str | Unset): `head_hash` of that verification

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChainVerification | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            head_seq=head_seq,
            head_hash=head_hash,
        )
    ).parsed
