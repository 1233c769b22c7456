from typing import Annotated

from fastapi import APIRouter, Query

from services.gateway.access.areas import refuse_outside_area
from services.gateway.access.policy import OWN_ACCESS_LOG, Category, scope
from services.gateway.audit import service
from services.gateway.audit.repository import AuditRepository
from services.gateway.audit.schemas import AccessRead, ChainVerification
from services.gateway.dependencies import Session
from services.gateway.routing.admission import Admitted
from services.gateway.routing.operations import needs
from shared.national_id import NATIONAL_ID_PATTERN, normalised
from shared.problems import Forbidden, InvalidInput

router = APIRouter(prefix="/v1", tags=["audit"])
AUDIT = needs(scope(Category.audit, "read"))


@router.get("/me/access-log", response_model=list[AccessRead], openapi_extra=needs(OWN_ACCESS_LOG))
async def my_access_log(
    session: Session, admission: Admitted, after: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=1000)
) -> object:
    """Which agency looked at my data, when, and why: for a person's own token only."""
    if admission.caller.national_id is None:  # the scope is never granted to agencies; refuse should one hold it
        raise Forbidden(
            "only the person themselves may read this log: use a person token", missing_scope=OWN_ACCESS_LOG
        )
    return await AuditRepository(session).of_person(admission.caller.national_id, after=after, limit=limit)


@router.get("/audit/entries", response_model=list[AccessRead], openapi_extra=AUDIT)
async def audit_entries(
    session: Session,
    admission: Admitted,
    national_id: Annotated[str, Query(pattern=NATIONAL_ID_PATTERN)],
    after: int = Query(0, ge=0),
    limit: int = Query(100, ge=1, le=1000),
) -> object:
    """Accesses to one person's data, for the agency that supervises data protection (within its area)."""
    await refuse_outside_area(session=session, caller=admission.caller, people={normalised(national_id)})
    return await AuditRepository(session).of_person(normalised(national_id), after=after, limit=limit)


@router.get("/audit/verify", response_model=ChainVerification, openapi_extra=AUDIT)
async def verify(
    session: Session,
    _: Admitted,
    head_seq: Annotated[
        int | None, Query(ge=1, le=2**63 - 1, description="`head_seq` of an earlier verification")
    ] = None,
    head_hash: Annotated[
        str | None, Query(pattern=r"^[0-9a-f]{64}$", description="`head_hash` of that verification")
    ] = None,
) -> object:
    """Recompute the audit chain and say whether any entry was changed, removed or reordered; with
    the head an earlier verification returned, whether the log was truncated since."""
    if (head_seq is None) != (head_hash is None):
        raise InvalidInput.of("head_hash", "together", "give head_seq and head_hash together")
    return await service.verify_chain(
        session=session, known_head=(head_seq, head_hash) if head_seq and head_hash else None
    )
