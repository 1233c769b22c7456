from fastapi import APIRouter, Query

from services.gateway.access.caller import Authenticated
from services.gateway.access.policy import Category
from services.gateway.audit import service
from services.gateway.audit.repository import AuditRepository
from services.gateway.audit.schemas import AccessRead, ChainVerification
from services.gateway.dependencies import Session
from shared.problems import Forbidden

router = APIRouter(prefix="/v1", tags=["audit"])


@router.get("/me/access-log", response_model=list[AccessRead])
async def my_access_log(session: Session, caller: Authenticated, after: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=1000)) -> object:
    """Which agency looked at my data, when, and why: for a person's own token only."""
    if caller.national_id is None:
        raise Forbidden("only the person themselves may read this log: use a person token", missing_scope="self:read")
    return await AuditRepository(session).of_person(caller.national_id, after=after, limit=limit)


@router.get("/audit/entries", response_model=list[AccessRead])
async def audit_entries(session: Session, caller: Authenticated, national_id: str, after: int = Query(0, ge=0),
                        limit: int = Query(100, ge=1, le=1000)) -> object:
    """Accesses to one person's data, for the agency that supervises data protection."""
    caller.require(Category.audit, "read")
    return await AuditRepository(session).of_person(national_id.upper(), after=after, limit=limit)


@router.get("/audit/verify", response_model=ChainVerification)
async def verify(session: Session, caller: Authenticated) -> object:
    """Recompute the audit chain and say whether any entry was changed, removed or reordered."""
    caller.require(Category.audit, "read")
    return await service.verify_chain(session=session)
