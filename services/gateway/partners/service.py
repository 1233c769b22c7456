"""The partner registry: agencies, their clients with granted scopes, and their credentials.

An administrator (`partners:*`) of an agency of the whole country administers every agency; one
of an agency with an area (a province's labour department) administers its own agency's clients
and credentials only, and to it another agency's are not there (404), whatever id it sends."""

import re
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.gateway.access import tokens
from services.gateway.access.caller import PERSON_PREFIX, Caller
from services.gateway.access.lockouts import Lockouts
from services.gateway.access.policy import OWN_ACCESS_LOG, PERSON_AUTHENTICATE, effective_scopes, not_grantable
from services.gateway.models import Agency, Client, Credential, CredentialKind
from services.gateway.partners import credentials
from services.gateway.partners.repository import AgencyRepository, ClientRepository, CredentialRepository
from services.gateway.partners.schemas import AgencyCreate, ClientCreate, ClientUpdate
from shared.db import utcnow
from shared.national_id import NATIONAL_ID_PATTERN, normalised
from shared.pagination import PageRequest
from shared.problems import Conflict, Forbidden, InvalidInput, NotFound, Unauthorized

PERSON_SCOPES = [OWN_ACCESS_LOG]


def _administers(admin: Caller | None, agency_id: int) -> bool:
    """Whether the administrator (None: the command line) may see and change this agency's records."""
    return admin is None or admin.area is None or admin.agency_id == agency_id


async def register_agency(*, session: AsyncSession, agency: AgencyCreate, admin: Caller | None = None) -> Agency:
    """Add a partner agency; its code must be new. Only an administrator of the whole country adds agencies."""
    if admin is not None and admin.area is not None:
        raise Forbidden(f"agency {admin.agency_code} administers its own clients; it does not register agencies")
    repository = AgencyRepository(session)
    if (existing := await repository.one_by(code=agency.code)) is not None:
        raise Conflict(f"agency {agency.code} exists", existing=f"/v1/partners/agencies/{existing.id}")
    return await repository.add(Agency(**agency.model_dump()))


def _check_grant(agency: Agency, scopes: list[str]) -> None:
    if refused := not_grantable(agency.kind, scopes):
        raise InvalidInput.of(
            "scopes", "within_agency_kind", f"an agency of kind {agency.kind} cannot be granted {refused}"
        )


async def list_agencies(*, session: AsyncSession, admin: Caller, page: PageRequest) -> dict[str, object]:
    """The agencies the administrator administers, by keyset pages."""
    return await AgencyRepository(session).list(page=page, only=None if admin.area is None else admin.agency_id)


async def list_clients(
    *, session: AsyncSession, admin: Caller, page: PageRequest, agency_id: int | None
) -> dict[str, object]:
    """The clients of the agencies the administrator administers (of one of them, if asked), by keyset pages."""
    only = None if admin.area is None else admin.agency_id
    return await ClientRepository(session).list(page=page, agency_id=agency_id, only=only)


async def register_client(*, session: AsyncSession, client: ClientCreate, admin: Caller | None = None) -> Client:
    """Add a client of an agency with the scopes it is granted (each within its agency kind's ceiling)."""
    agency = await AgencyRepository(session).one_by(code=client.agency_code)
    if agency is None or not _administers(admin, agency.id):
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


async def _client_or_404(session: AsyncSession, client_id: str, admin: Caller | None) -> tuple[Client, Agency]:
    found = await ClientRepository(session).with_agency(client_id)
    if found is None or not _administers(admin, found[1].id):
        raise NotFound(f"no client {client_id}")
    return found


async def update_client(*, session: AsyncSession, client_id: str, update: ClientUpdate, admin: Caller) -> Client:
    """Change a client's scopes, rate limit or whether it is active."""
    client, agency = await _client_or_404(session, client_id, admin)
    if update.scopes is not None:
        _check_grant(agency, update.scopes)
        client.scopes = sorted(set(update.scopes))
    if update.active is not None:
        client.active = update.active
    if update.rate_limit_per_minute is not None:
        client.rate_limit_per_minute = update.rate_limit_per_minute
    await session.flush()
    return client


async def issue_credential(
    *, session: AsyncSession, client_id: str, kind: CredentialKind, hash_key: str | None, admin: Caller | None = None
) -> dict[str, object]:
    """A new API key or client secret; the secret is returned once. Rotate by issuing, switching, revoking."""
    client, _ = await _client_or_404(session, client_id, admin)
    secret, lookup, secret_hash = credentials.new_credential(hash_key)
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


async def credentials_of(*, session: AsyncSession, client_id: str, admin: Caller) -> Sequence[Credential]:
    """A client's credentials (their public parts)."""
    client, _ = await _client_or_404(session, client_id, admin)
    return await CredentialRepository(session).of_client(client.id)


async def revoke_credential(*, session: AsyncSession, credential_id: int, admin: Caller) -> Credential:
    """Revoke a credential at once; the tokens granted for a client secret are refused from then on too."""
    found = await CredentialRepository(session).with_agency(credential_id)
    if found is None or not _administers(admin, found[1]):
        raise NotFound(f"no credential {credential_id}")
    credential = found[0]
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
    hash_key: str | None = None,
    lockouts: Lockouts | None = None,
) -> dict[str, object]:
    """OAuth2 client credentials: a short-lived token for the client's scopes (or the requested subset);
    the person grant gives a citizen portal a token for one person's own data. A client that sent
    too many bad secrets in a row is locked out for a while (429) when `lockouts` are given."""
    found = await ClientRepository(session).with_agency(client_id)
    if found is not None and lockouts is not None:
        await lockouts.check(client_id)
    parts = credentials.split(client_secret)
    live = await CredentialRepository(session).live_by_lookup(parts[0]) if parts else None
    if (
        found is None
        or parts is None
        or live is None
        or live[1].client_id != client_id
        or live[0].kind != CredentialKind.client_secret
        or not credentials.matches(parts[1], live[0].secret_hash, hash_key)
        or not found[0].active
    ):
        if found is not None and lockouts is not None:  # registered clients only: unknown ids would fill the table
            await lockouts.failed(client_id)
        raise Unauthorized("client authentication failed", error="invalid_client")
    if lockouts is not None:
        await lockouts.succeeded(client_id)
    if (keyed := credentials.upgraded(parts[1], live[0].secret_hash, hash_key)) is not None:
        live[0].secret_hash = keyed
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
    token = tokens.sign(
        key=signing_key, subject=subject, scopes=scopes, ttl_seconds=ttl_seconds, credential=live[0].lookup
    )
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
    hash_key: str | None = None,
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
    issued = await issue_credential(
        session=session, client_id=client_id, kind=CredentialKind(credential_kind), hash_key=hash_key
    )
    return str(issued["secret"])
