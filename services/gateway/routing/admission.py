"""What every partner call goes through. Before anything is forwarded: the credentials, the
operation (a row of the table), its scope, the purpose, and the parameters and body; a refusal of
a personal-data call is audited too. Afterwards: the audit of whose data the call returned."""

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access.areas import refuse_outside_area
from services.gateway.access.caller import Authenticated, Caller
from services.gateway.access.policy import Category
from services.gateway.audit.service import record_access
from services.gateway.dependencies import Session
from services.gateway.routing.forwarding import Forwarded, people_asked_for
from services.gateway.routing.operations import Match, Operation, OperationTable, checked_segments
from shared.problems import InvalidInput, Problem, response_for

PURPOSE_HEADER = "X-Purpose"
# The gateway's catch-all route: the rest of /v1 is the table's routed rows.
ROUTED = "/v1/{path:path}"


@dataclass(frozen=True)
class Admission:
    """A call let through: who makes it, which operation, and why."""

    caller: Caller
    operation: Operation
    purpose: str
    path_values: dict[str, str] = field(default_factory=dict)


def _table(request: Request) -> OperationTable:
    return request.app.state.operations


async def _audit(
    request: Request,
    session: AsyncSession,
    caller: Caller,
    categories: Iterable[Category],
    people: set[str],
    purpose: str,
    outcome: int,
) -> None:
    await record_access(
        session=session,
        caller=caller,
        national_ids=people,
        categories=[c.value for c in categories],
        purpose=purpose,
        action=f"{request.method} {request.url.path}",
        outcome=outcome,
        request_id=request.state.request_id,
    )


def _looked_up(request: Request) -> tuple[Operation, Match | None]:
    """The call's operation (and for a routed row, the match with its path values); 400, 404 or
    405 when the table has none."""
    table = _table(request)
    route_path = request.scope["route"].path
    if route_path == ROUTED:
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        match = table.match(request.method, checked_segments(raw_path))
        return match.operation, match
    own = table.own(request.method, route_path)
    assert own is not None, f"{request.method} {route_path} declares no scopes with needs()"
    return own, None


async def name_operation(request: Request) -> None:
    """The request's metrics and logs name its operation's template and owning service, not the
    catch-all route, a call refused for its credentials or its rate too."""
    try:
        operation, _ = _looked_up(request)
    except Problem:
        return  # admit() refuses it, once the credentials are checked
    request.state.route_template, request.state.upstream = operation.path, operation.service


async def admit(
    request: Request, session: Session, _: Annotated[None, Depends(name_operation)], caller: Authenticated
) -> Admission:
    """The call's admission, or the refusal: 404/405 for no such operation, 403 naming the scope,
    422 for a missing purpose or a parameter or body that breaks the operation's schema."""
    table = _table(request)
    operation, match = _looked_up(request)
    path_values = match.path_values if match is not None else {}
    purpose = request.headers.get(PURPOSE_HEADER, "").strip()
    try:
        caller.require_any(operation.scopes)
        if operation.personal and not purpose:
            raise InvalidInput.of(
                PURPOSE_HEADER, "required", "say why the data is needed: a case number or legal ground"
            )
        if operation.personal and request.method == "GET":
            # Before anything is forwarded: a person outside the agency's area is not there (404).
            await refuse_outside_area(session=session, caller=caller, people=people_asked_for(request))
        if match is not None:
            body = await request.body() if request.method != "GET" else None
            media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            table.check_request(match, request.query_params.multi_items(), body, media_type)
    except Problem as refusal:
        if operation.personal:
            # Committed now: the request's transaction rolls back when the refusal is raised.
            await _audit(
                request,
                session,
                caller,
                [operation.category] if operation.category else [],
                people_asked_for(request),
                purpose,
                refusal.status,
            )
            await session.commit()
        raise
    return Admission(caller=caller, operation=operation, purpose=purpose, path_values=path_values)


Admitted = Annotated[Admission, Depends(admit)]


async def audited(
    request: Request,
    session: AsyncSession,
    admission: Admission,
    categories: Iterable[Category],
    call: Callable[[], Awaitable[Forwarded]],
) -> Response:
    """The call's response; every person it named or returned is in the audit log with the outcome."""
    asked = people_asked_for(request)
    try:
        forwarded = await call()
        if request.method == "GET" and admission.operation.personal and forwarded.unnamed_records and not asked:
            # Fail closed: a read that cannot be attributed to a person is not given out (a read
            # has no effect, so refusing after it leaves nothing half-done).
            raise InvalidInput.of(
                "national_id",
                "required_for_audit",
                "these records do not name their person; ask for one person with ?national_id=",
            )
        if request.method == "GET" and admission.operation.personal:
            # A read that names no one may still return people of other areas: fail closed.
            await refuse_outside_area(session=session, caller=admission.caller, people=forwarded.people)
        response, people = forwarded.response, forwarded.people | asked
    except Problem as problem:
        response, people = response_for(problem, instance=request.url.path), asked
    if admission.operation.personal:
        await _audit(request, session, admission.caller, categories, people, admission.purpose, response.status_code)
    return response
