import base64
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Path, Request

from services.gateway.access.lockouts import Lockouts
from services.gateway.access.policy import Category, scope
from services.gateway.dependencies import Session, Settings
from services.gateway.partners import service
from services.gateway.partners.schemas import (
    CLIENT_ID_PATTERN,
    AccessToken,
    AgencyCreate,
    AgencyRead,
    ClientCreate,
    ClientRead,
    ClientUpdate,
    CredentialCreate,
    CredentialRead,
    IssuedCredential,
)
from services.gateway.routing.admission import Admitted
from services.gateway.routing.operations import needs
from shared.pagination import Page, PageRequest, page_request
from shared.problems import InvalidInput

router = APIRouter(prefix="/v1", tags=["partner registry"])
INSPECT, ADMINISTER = needs(scope(Category.partners, "read")), needs(scope(Category.partners, "write"))
ClientId = Annotated[str, Path(min_length=3, max_length=80, pattern=CLIENT_ID_PATTERN)]
CredentialId = Annotated[int, Path(ge=1, le=2**63 - 1)]


@router.post(
    "/oauth/token",
    response_model=AccessToken,
    tags=["authentication"],
    openapi_extra={
        **needs(),
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "grant_type": {"type": "string", "enum": ["client_credentials", service.PERSON_GRANT]},
                            "client_id": {"type": "string"},
                            "client_secret": {"type": "string"},
                            "scope": {"type": "string"},
                            "national_id": {"type": "string"},
                        },
                        "required": ["grant_type"],
                    }
                }
            },
        },
    },
)
async def token(request: Request, session: Session, settings: Settings) -> object:
    """OAuth2 token endpoint: client credentials (in the form or HTTP Basic) for a short-lived access token."""
    form = {k: v[0] for k, v in parse_qs((await request.body()).decode(errors="replace")).items()}
    client_id, client_secret = form.get("client_id", ""), form.get("client_secret", "")
    scheme, _, basic = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "basic":
        try:
            client_id, _, client_secret = base64.b64decode(basic).decode().partition(":")
        except ValueError as error:
            raise InvalidInput.of("authorization", "basic_credentials", "not base64 client_id:client_secret") from error
    if "grant_type" not in form:
        raise InvalidInput.of("grant_type", "required", "say which grant: client_credentials")
    return await service.grant_token(
        session=session,
        lockouts=Lockouts.of(session, settings),
        signing_key=settings.token_signing_key,
        ttl_seconds=settings.token_ttl_seconds,
        hash_key=settings.credential_key,
        grant_type=form["grant_type"],
        client_id=client_id,
        client_secret=client_secret,
        requested_scope=form.get("scope"),
        national_id=form.get("national_id"),
    )


@router.post("/partners/agencies", status_code=201, response_model=AgencyRead, openapi_extra=ADMINISTER)
async def register_agency(body: AgencyCreate, session: Session, admission: Admitted) -> object:
    """Add a partner agency, with its area if it serves one (administrators of the whole country only)."""
    return await service.register_agency(session=session, agency=body, admin=admission.caller)


@router.get("/partners/agencies", response_model=Page[AgencyRead], openapi_extra=INSPECT)
async def list_agencies(session: Session, admission: Admitted, page: PageRequest = Depends(page_request)) -> object:
    """Partner agencies (those this client administers) by keyset pages."""
    return await service.list_agencies(session=session, admin=admission.caller, page=page)


@router.post("/partners/clients", status_code=201, response_model=ClientRead, openapi_extra=ADMINISTER)
async def register_client(body: ClientCreate, session: Session, admission: Admitted) -> object:
    """Add a client of an agency with its scopes (deny by default; each scope within the agency kind's ceiling)."""
    return await service.register_client(session=session, client=body, admin=admission.caller)


@router.get("/partners/clients", response_model=Page[ClientRead], openapi_extra=INSPECT)
async def list_clients(
    session: Session, admission: Admitted, page: PageRequest = Depends(page_request), agency_id: int | None = None
) -> object:
    """Clients (of the agencies this client administers) by keyset pages."""
    return await service.list_clients(session=session, admin=admission.caller, page=page, agency_id=agency_id)


@router.patch("/partners/clients/{client_id}", response_model=ClientRead, openapi_extra=ADMINISTER)
async def update_client(client_id: ClientId, body: ClientUpdate, session: Session, admission: Admitted) -> object:
    """Change a client's scopes, rate limit or whether it is active."""
    return await service.update_client(session=session, client_id=client_id, update=body, admin=admission.caller)


@router.post(
    "/partners/clients/{client_id}/credentials",
    status_code=201,
    response_model=IssuedCredential,
    openapi_extra=ADMINISTER,
)
async def issue_credential(
    client_id: ClientId, body: CredentialCreate, session: Session, settings: Settings, admission: Admitted
) -> object:
    """Issue an API key or client secret (shown once). To rotate: issue, switch the client over, revoke the old one."""
    return await service.issue_credential(
        session=session,
        client_id=client_id,
        kind=body.kind,
        hash_key=settings.credential_key,
        admin=admission.caller,
    )


@router.get("/partners/clients/{client_id}/credentials", response_model=list[CredentialRead], openapi_extra=INSPECT)
async def list_credentials(client_id: ClientId, session: Session, admission: Admitted) -> object:
    """A client's credentials (their public parts)."""
    return await service.credentials_of(session=session, client_id=client_id, admin=admission.caller)


@router.post("/partners/credentials/{credential_id}/revoke", response_model=CredentialRead, openapi_extra=ADMINISTER)
async def revoke_credential(credential_id: CredentialId, session: Session, admission: Admitted) -> object:
    """Revoke a credential at once: it, and every token granted for it, is refused from then on."""
    return await service.revoke_credential(session=session, credential_id=credential_id, admin=admission.caller)
