"""A partner call that touches people's data: run it, and record who saw whose data, why and
with what outcome, whether it succeeded or was refused."""

from collections.abc import Awaitable, Callable, Iterable

from fastapi import Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access.caller import Caller
from services.gateway.access.policy import PERSON_DATA, Category
from services.gateway.audit.service import record_access
from services.gateway.routing.forwarding import Forwarded, people_asked_for
from shared.problems import InvalidInput, Problem, response_for

PURPOSE_HEADER = "X-Purpose"


async def audited(
    request: Request, session: AsyncSession, caller: Caller, categories: Iterable[Category],
    call: Callable[[], Awaitable[Forwarded]],
) -> Response:
    """The call's response; every person it named or returned is in the audit log with the outcome."""
    categories = list(categories)
    personal = any(c in PERSON_DATA for c in categories)
    purpose = request.headers.get(PURPOSE_HEADER, "").strip()
    asked = people_asked_for(request)
    try:
        if personal and not purpose:
            raise InvalidInput.of(PURPOSE_HEADER, "required", "say why the data is needed: a case number or legal ground")
        forwarded = await call()
        if personal and forwarded.unnamed_records and not asked:
            # Fail closed: an access that cannot be attributed to a person is not given out.
            raise InvalidInput.of("national_id", "required_for_audit",
                                  "these records do not name their person; ask for one person with ?national_id=")
        response, people = forwarded.response, forwarded.people | asked
    except Problem as problem:
        response, people = response_for(problem, instance=request.url.path), asked
    await record_access(
        session=session, caller=caller, national_ids=people, categories=[c.value for c in categories], purpose=purpose,
        action=f"{request.method} {request.url.path}", outcome=response.status_code, request_id=request.state.request_id,
    )
    return response
