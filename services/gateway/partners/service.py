"""The partner registry: agencies, their clients with granted scopes, and their credentials."""

import re

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access import tokens
from services.gateway.access.caller import PERSON_PREFIX
from services.gateway.access.policy import OWN_ACCESS_LOG, PERSON_AUTHENTICATE, effective_scopes, not_grantable
from services.gateway.models import Agency, Client, Credential, CredentialKind
from services.gateway.partners import credentials
from services.gateway.partners.repository import AgencyRepository, ClientRepository, CredentialRepository
from services.gateway.partners.schemas import AgencyCreate, ClientCreate, ClientUpdate
from shared.db import utcnow
from shared.national_id import NATIONAL_ID_PATTERN, normalised
from shared.problems import Conflict, InvalidInput, NotFound, Unauthorized

PERSON_SCOPES = [OWN_ACCESS_LOG]


async def register_agency(*, session: AsyncSession, agency: AgencyCreate) -> Agency:
    """Add a partner agency; its code must be new."""
    repository = AgencyRepository(session)
    if (existing := await repository.one_by(code=agency.code)) is not None:
        raise Conflict(f"agency {agency.code} exists", existing=f"/v1/partners/agencies/{existing.id}")
    return await repository.add(Agency(**agency.model_dump()))


def _check_grant(agency: Agency, scopes: list[str]) -> None:
    if refused := not_grantable(agency.kind, scopes):
        raise InvalidInput.of(
            "scopes", "within_agency_kind", f"an agency of kind {agency.kind} cannot be granted {refused}"
        )


async def register_client(*, session: AsyncSession, client: ClientCreate) -> Client:
    """Add a client of an agency with the scopes it is granted (each within its agency kind's ceiling)."""
    agency = await AgencyRepository(session).one_by(code=client.agency_code)
    if agency is None:
        raise NotFound(f"no agency {client.agency_code}", field="agency_code")
    _check_grant(agency, client.scopes)
    repository = ClientRepository(session)
    if (existing := await repository.one_by(client_id=client.client_id)) is not None:
        raise Conflict(f"client {client.client_id} exists", existing=f"/v1/partners/clients/{existing.client_id}")
    return await repository.add(
        Client(
            client_id=client.client_id,
            agency_id=agency.id,
            name=client.name,
            scopes=sorted(set(client.scopes)),
            rate_limit_per_minute=client.rate_limit_per_minute,
            active=True,
        )
    )


async def _client_or_404(session: AsyncSession, client_id: str) -> tuple[Client, Agency]:
    found = await ClientRepository(session).with_agency(client_id)
    if found is None:
        raise NotFound(f"no client {client_id}")
    return found


async def update_client(*, session: AsyncSession, client_id: str, update: ClientUpdate) -> Client:
    """Change a client's scopes, rate limit or whether it is active."""
    client, agency = await _client_or_404(session, client_id)
    if update.scopes is not None:
        _check_grant(agency, update.scopes)
        client.scopes = sorted(set(update.scopes))
    if update.active is not None:
        client.active = update.active
    if update.rate_limit_per_minute is not None:
        client.rate_limit_per_minute = update.rate_limit_per_minute
    await session.flush()
    return client


async def issue_credential(*, session: AsyncSession, client_id: str, kind: CredentialKind) -> dict[str, object]:
    """A new API key or client secret; the secret is returned once. Rotate by issuing, switching, revoking."""
    client, _ = await _client_or_404(session, client_id)
    secret, lookup, secret_hash = credentials.new_credential()
    record = await CredentialRepository(session).add(
        Credential(client_id=client.id, kind=kind, lookup=lookup, secret_hash=secret_hash)
    )
    return {
        "id": record.id,
        "created_at": record.created_at,
        "kind": kind,
        "lookup": lookup,
        "revoked_at": None,
        "secret": secret,
    }


async def revoke_credential(*, session: AsyncSession, credential_id: int) -> Credential:
    """Revoke a credential at once; tokens already issued lapse within their short life."""
    credential = await CredentialRepository(session).get_or_404(credential_id)
    if credential.revoked_at is None:
        credential.revoked_at = utcnow()
    return credential


async def grant_token(
    *,
    session: AsyncSession,
    signing_key: str,
    ttl_seconds: int,
    grant_type: str,
    client_id: str,
    client_secret: str,
    requested_scope: str | None,
    national_id: str | None,
) -> dict[str, object]:
    """OAuth2 client credentials: a short-lived token for the client's scopes (or the requested subset);
    the person grant gives a citizen portal a token for one person's own data."""
    found = await ClientRepository(session).with_agency(client_id)
    parts = credentials.split(client_secret)
    live = await CredentialRepository(session).live_by_lookup(parts[0]) if parts else None
    if (
        found is None
        or parts is None
        or live is None
        or live[1].client_id != client_id
        or live[0].kind != CredentialKind.client_secret
        or not credentials.matches(parts[1], live[0].secret_hash)
        or not found[0].active
    ):
        raise Unauthorized("client authentication failed", error="invalid_client")
    client, agency = found
    granted = effective_scopes(agency.kind, client.scopes)
    if grant_type == "client_credentials":
        scopes = sorted(set(requested_scope.split()) if requested_scope else granted)
        if not set(scopes) <= granted:
            raise InvalidInput.of("scope", "granted_scopes", f"not granted: {sorted(set(scopes) - granted)}")
        subject = client.client_id
    elif grant_type == PERSON_GRANT:
        if PERSON_AUTHENTICATE not in granted:
            raise InvalidInput.of(
                "grant_type", "persons_authenticate", "the client needs persons:authenticate for person tokens"
            )
        if not national_id or not re.fullmatch(NATIONAL_ID_PATTERN, national_id.strip()):
            raise InvalidInput.of(
                "national_id", "national_id", "the person grant names the authenticated person by national ID"
            )
        scopes, subject = PERSON_SCOPES, PERSON_PREFIX + normalised(national_id)
    else:
        raise InvalidInput.of("grant_type", "supported_grant", f"use client_credentials or {PERSON_GRANT}")
    token = tokens.sign(key=signing_key, subject=subject, scopes=scopes, ttl_seconds=ttl_seconds)
    return {"access_token": token, "token_type": "Bearer", "expires_in": ttl_seconds, "scope": " ".join(scopes)}


PERSON_GRANT = "urn:labourlink:grant-type:person"


async def enrol_client(
    *,
    session: AsyncSession,
    agency: AgencyCreate,
    client_id: str,
    client_name: str,
    scopes: list[str],
    credential_kind: str,
) -> str:
    """Register the agency (if new) and a client with its scopes; returns its first credential.
    How an operator adds the first administrator, and how `labourlink partner-client` works."""
    existing = await AgencyRepository(session).one_by(code=agency.code)
    if existing is None:
        await register_agency(session=session, agency=agency)
    elif existing.kind != agency.kind:
        raise Conflict(f"agency {agency.code} exists as kind {existing.kind}")
    await register_client(
        session=session,
        client=ClientCreate(client_id=client_id, agency_code=agency.code, name=client_name, scopes=scopes),
    )
    issued = await issue_credential(session=session, client_id=client_id, kind=CredentialKind(credential_kind))
    return str(issued["secret"])
