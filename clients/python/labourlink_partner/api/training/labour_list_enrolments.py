from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.labour_enrolment_result import LabourEnrolmentResult
from ...models.labour_page_enrolment_read import LabourPageEnrolmentRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    national_id: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    result: LabourEnrolmentResult | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Purpose"] = x_purpose

    params: dict[str, Any] = {}

    json_national_id: None | str | Unset
    if isinstance(national_id, Unset):
        json_national_id = UNSET
    else:
        json_national_id = national_id
    params["national_id"] = json_national_id

    json_course_code: None | str | Unset
    if isinstance(course_code, Unset):
        json_course_code = UNSET
    else:
        json_course_code = course_code
    params["course_code"] = json_course_code

    json_result: None | str | Unset
    if isinstance(result, Unset):
        json_result = UNSET
    elif isinstance(result, LabourEnrolmentResult):
        json_result = result.value
    else:
        json_result = result
    params["result"] = json_result

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
        "url": "/v1/enrolments",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LabourPageEnrolmentRead | Problem:
    if response.status_code == 200:
        response_200 = LabourPageEnrolmentRead.from_dict(response.json())

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
) -> Response[LabourPageEnrolmentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    national_id: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    result: LabourEnrolmentResult | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> Response[LabourPageEnrolmentRead | Problem]:
    """List Enrolments

     Enrolments, filtered, by keyset pages.

    Needs the scope `training:read`.

    Args:
        national_id (None | str | Unset): one person's records
        course_code (None | str | Unset):
        result (LabourEnrolmentResult | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageEnrolmentRead | Problem]
    """

    kwargs = _get_kwargs(
        national_id=national_id,
        course_code=course_code,
        result=result,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    national_id: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    result: LabourEnrolmentResult | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> LabourPageEnrolmentRead | Problem | None:
    """List Enrolments

     Enrolments, filtered, by keyset pages.

    Needs the scope `training:read`.

    Args:
        national_id (None | str | Unset): one person's records
        course_code (None | str | Unset):
        result (LabourEnrolmentResult | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageEnrolmentRead | Problem
    """

    return sync_detailed(
        client=client,
        national_id=national_id,
        course_code=course_code,
        result=result,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    national_id: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    result: LabourEnrolmentResult | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> Response[LabourPageEnrolmentRead | Problem]:
    """List Enrolments

     Enrolments, filtered, by keyset pages.

    Needs the scope `training:read`.

    Args:
        national_id (None | str | Unset): one person's records
        course_code (None | str | Unset):
        result (LabourEnrolmentResult | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LabourPageEnrolmentRead | Problem]
    """

    kwargs = _get_kwargs(
        national_id=national_id,
        course_code=course_code,
        result=result,
        after=after,
        limit=limit,
        x_purpose=x_purpose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    national_id: None | str | Unset = UNSET,
    course_code: None | str | Unset = UNSET,
    result: LabourEnrolmentResult | None | Unset = UNSET,
    after: int | None | Unset = UNSET,
    limit: int | Unset = 50,
    x_purpose: str,
) -> LabourPageEnrolmentRead | Problem | None:
    """List Enrolments

     Enrolments, filtered, by keyset pages.

    Needs the scope `training:read`.

    Args:
        national_id (None | str | Unset): one person's records
        course_code (None | str | Unset):
        result (LabourEnrolmentResult | None | Unset):
        after (int | None | Unset): id of the last item of the previous page
        limit (int | Unset): items per page Default: 50.
        x_purpose (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabourPageEnrolmentRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            national_id=national_id,
            course_code=course_code,
            result=result,
            after=after,
            limit=limit,
            x_purpose=x_purpose,
        )
    ).parsed
