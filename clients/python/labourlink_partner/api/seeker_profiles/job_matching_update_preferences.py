from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_matching_preferences_update import JobMatchingPreferencesUpdate
from ...models.job_matching_seeker_read import JobMatchingSeekerRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    national_id: str,
    *,
    body: JobMatchingPreferencesUpdate,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/seekers/{national_id}/preferences".format(
            national_id=quote(str(national_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobMatchingSeekerRead | Problem:
    if response.status_code == 200:
        response_200 = JobMatchingSeekerRead.from_dict(response.json())

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
) -> Response[JobMatchingSeekerRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    national_id: str,
    *,
    client: AuthenticatedClient,
    body: JobMatchingPreferencesUpdate,
    x_purpose: str,
) -> Response[JobMatchingSeekerRead | Problem]:
    """Update Preferences

     Change the seeker's occupations, skills, places, minimum wage or willingness to move.

    Needs the scope `seekers:write`.

    Args:
        national_id (str):
        x_purpose (str):
        body (JobMatchingPreferencesUpdate): What a seeker (or their caseworker) changes in the
            profile; fields left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingSeekerRead | Problem]
    """

    kwargs = _get_kwargs(
        national_id=national_id,
        body=body,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    national_id: str,
    *,
    client: AuthenticatedClient,
    body: JobMatchingPreferencesUpdate,
    x_purpose: str,
) -> JobMatchingSeekerRead | Problem | None:
    """Update Preferences

     Change the seeker's occupations, skills, places, minimum wage or willingness to move.

    Needs the scope `seekers:write`.

    Args:
        national_id (str):
        x_purpose (str):
        body (JobMatchingPreferencesUpdate): What a seeker (or their caseworker) changes in the
            profile; fields left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingSeekerRead | Problem
    """

    return sync_detailed(
        national_id=national_id,
        client=client,
        body=body,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    national_id: str,
    *,
    client: AuthenticatedClient,
    body: JobMatchingPreferencesUpdate,
    x_purpose: str,
) -> Response[JobMatchingSeekerRead | Problem]:
    """Update Preferences

     Change the seeker's occupations, skills, places, minimum wage or willingness to move.

    Needs the scope `seekers:write`.

    Args:
        national_id (str):
        x_purpose (str):
        body (JobMatchingPreferencesUpdate): What a seeker (or their caseworker) changes in the
            profile; fields left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobMatchingSeekerRead | Problem]
    """

    kwargs = _get_kwargs(
        national_id=national_id,
        body=body,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    national_id: str,
    *,
    client: AuthenticatedClient,
    body: JobMatchingPreferencesUpdate,
    x_purpose: str,
) -> JobMatchingSeekerRead | Problem | None:
    """Update Preferences

     Change the seeker's occupations, skills, places, minimum wage or willingness to move.

    Needs the scope `seekers:write`.

    Args:
        national_id (str):
        x_purpose (str):
        body (JobMatchingPreferencesUpdate): What a seeker (or their caseworker) changes in the
            profile; fields left out stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobMatchingSeekerRead | Problem
    """

    return (
        await asyncio_detailed(
            national_id=national_id,
            client=client,
            body=body,
            x_purpose=x_purpose,
        )
    ).parsed
