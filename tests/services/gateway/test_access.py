"""Deny by default: every route refuses a call without credentials or without the scope, and says
which scope is missing; API keys, client-credential tokens, rotation and revocation."""

import base64
import re
import time
from typing import Any

import jwt
import pytest

from services.gateway.access import tokens
from services.gateway.routing.operations import Operation, OperationTable
from tests.services.gateway.conftest import SIGNING_KEY, System
from tests.services.labour import builders as labour

PURPOSE = {"X-Purpose": "case HCM-Q10/2026/0042"}
NEXT_KEY = "next-signing-key-0123456789abcdefghijklmnopqrstuvwxyz"


def table(system: System) -> OperationTable:
    return system.gateway._transport.app.state.operations  # type: ignore[attr-defined]


def sample_path(operation: Operation) -> str:
    """The operation's path with a well-formed value in each parameter."""
    samples = {
        "national_id": "079190001234",
        "client_id": "client-1",
        "code": "VN-HCM",
        "community": "HCM-Q10-P1",
        "community_code": "HCM-Q10-P1",
    }
    return re.sub(r"\{(\w+)\}", lambda m: samples.get(m.group(1), "1"), operation.path)


async def test_every_operation_refuses_a_call_without_credentials(system: System) -> None:
    operations = [o for o in table(system).operations if o.scopes]
    assert len(operations) > 110
    for operation in operations:
        response = await system.gateway.request(operation.method, sample_path(operation), headers=PURPOSE)
        assert response.status_code == 401, (operation.method, operation.path, response.text)
        assert response.headers["content-type"] == "application/problem+json"


async def test_every_operation_refuses_without_its_scope_and_names_it(system: System) -> None:
    key = await system.client("events:read")
    for operation in table(system).operations:
        if not operation.scopes or "events:read" in operation.scopes:
            continue
        response = await system.gateway.request(
            operation.method, sample_path(operation), headers={"X-API-Key": key, **PURPOSE}
        )
        assert response.status_code == 403, (operation.method, operation.path, response.text)
        missing = response.json()["missing_scope"]
        assert (missing if isinstance(missing, list) else [missing]) == sorted(operation.scopes)
        assert operation.scopes[0] in response.json()["detail"]


async def test_the_gateways_own_routes_refuse_without_their_scope(system: System) -> None:
    key = await system.client("employers:read")
    headers = {"X-API-Key": key, **PURPOSE}
    for method, path, scope in (
        ("GET", "/v1/partners/agencies", "partners:read"),
        ("POST", "/v1/partners/credentials/1/revoke", "partners:write"),
        ("GET", "/v1/audit/verify", "audit:read"),
        ("GET", "/v1/events", "events:read"),
        ("GET", "/v1/sync/changes?kinds=termination", "terminations:read"),
        ("POST", "/v1/sync/registrations", "registrations:write"),
    ):
        response = await system.gateway.request(method, path, headers=headers)
        assert response.status_code == 403, (path, response.text)
        assert response.json()["missing_scope"] == scope
    person = await system.gateway.get("/v1/persons/079190001234", headers=headers)
    assert person.status_code == 403 and "workers:read" in person.json()["missing_scope"]


async def test_a_granted_scope_lets_the_call_through_to_the_service(system: System) -> None:
    key = await system.client("employers:read", "employers:write")
    employer = labour.employer_body(tax_code="0301234562")
    created = await system.gateway.post("/v1/employers", json=employer, headers={"X-API-Key": key})
    assert created.status_code == 201, created.text
    listed = await system.gateway.get("/v1/employers", headers={"X-API-Key": key})
    assert [e["tax_code"] for e in listed.json()["items"]] == ["0301234562"]
    assert listed.headers["x-request-id"]


async def test_a_grant_outside_the_agency_kind_is_refused(system: System) -> None:
    admin = await system.client("partners:write", "partners:read")
    headers = {"X-API-Key": admin}
    await system.gateway.post(
        "/v1/partners/agencies", json={"code": "VN-GDT", "name": "Tax", "kind": "tax"}, headers=headers
    )
    response = await system.gateway.post(
        "/v1/partners/clients",
        headers=headers,
        json={
            "client_id": "tax-1",
            "agency_code": "VN-GDT",
            "name": "Tax check",
            "scopes": ["terminations:read", "hardship:read"],
        },
    )
    assert response.status_code == 422
    assert (
        response.json()["errors"][0]["field"] == "scopes" and "hardship:read" in response.json()["errors"][0]["message"]
    )


async def test_client_credentials_give_a_short_lived_token_for_granted_scopes(system: System) -> None:
    secret = await system.client(
        "employers:read", "contracts:read", client_id="tax-portal", credential="client_secret", kind="tax"
    )
    form = {
        "grant_type": "client_credentials",
        "client_id": "tax-portal",
        "client_secret": secret,
        "scope": "employers:read",
    }
    response = await system.gateway.post("/v1/oauth/token", data=form)
    assert response.status_code == 200, response.text
    token = response.json()
    assert token["token_type"] == "Bearer" and token["expires_in"] == 300 and token["scope"] == "employers:read"
    bearer = {"Authorization": f"Bearer {token['access_token']}", **PURPOSE}
    assert (await system.gateway.get("/v1/employers", headers=bearer)).status_code == 200
    # The token carries only the scope asked for.
    assert (await system.gateway.get("/v1/contracts", headers=bearer)).json()["missing_scope"] == "contracts:read"

    basic = base64.b64encode(f"tax-portal:{secret}".encode()).decode()
    assert (
        await system.gateway.post(
            "/v1/oauth/token", data={"grant_type": "client_credentials"}, headers={"Authorization": f"Basic {basic}"}
        )
    ).status_code == 200
    wrong = await system.gateway.post("/v1/oauth/token", data={**form, "client_secret": secret[:-2] + "xx"})
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
    too_much = await system.gateway.post("/v1/oauth/token", data={**form, "scope": "hardship:read"})
    assert too_much.status_code == 422 and too_much.json()["errors"][0]["field"] == "scope"


@pytest.mark.parametrize("tampering", ["expired", "forged", "garbage"])
async def test_expired_or_forged_tokens_are_refused(system: System, tampering: str) -> None:
    await system.client("employers:read", client_id="c-tok")
    if tampering == "expired":
        token = tokens.sign(key=SIGNING_KEY, subject="c-tok", scopes=["employers:read"], ttl_seconds=60, now=1_000_000)
    elif tampering == "forged":
        token = tokens.sign(
            key="another-key-of-a-sufficient-length-00000000",
            subject="c-tok",
            scopes=["employers:read"],
            ttl_seconds=60,
        )
    else:
        token = "not.a.token"
    response = await system.gateway.get("/v1/employers", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


async def test_keys_rotate_and_revoked_keys_or_deactivated_clients_stop_working(system: System) -> None:
    admin = {"X-API-Key": await system.client("partners:write", "partners:read", client_id="admin")}
    old = await system.client("employers:read", client_id="centre-app", kind="employment_service_centre")
    issued = await system.gateway.post(
        "/v1/partners/clients/centre-app/credentials", json={"kind": "api_key"}, headers=admin
    )
    new = issued.json()["secret"]
    for key in (old, new):
        assert (await system.gateway.get("/v1/employers", headers={"X-API-Key": key})).status_code == 200

    credentials = (await system.gateway.get("/v1/partners/clients/centre-app/credentials", headers=admin)).json()
    assert all("secret" not in c for c in credentials)
    old_id = next(c["id"] for c in credentials if old.startswith(c["lookup"] + "."))
    assert (await system.gateway.post(f"/v1/partners/credentials/{old_id}/revoke", headers=admin)).json()["revoked_at"]
    assert (await system.gateway.get("/v1/employers", headers={"X-API-Key": old})).status_code == 401
    assert (await system.gateway.get("/v1/employers", headers={"X-API-Key": new})).status_code == 200

    await system.gateway.patch("/v1/partners/clients/centre-app", json={"active": False}, headers=admin)
    assert (await system.gateway.get("/v1/employers", headers={"X-API-Key": new})).status_code == 401


async def test_narrowing_a_clients_scopes_takes_effect_on_tokens_already_issued(system: System) -> None:
    admin = {"X-API-Key": await system.client("partners:write", client_id="admin")}
    secret = await system.client("employers:read", "contracts:read", client_id="c-narrow", credential="client_secret")
    token = (
        await system.gateway.post(
            "/v1/oauth/token",
            data={"grant_type": "client_credentials", "client_id": "c-narrow", "client_secret": secret},
        )
    ).json()["access_token"]
    await system.gateway.patch("/v1/partners/clients/c-narrow", json={"scopes": ["contracts:read"]}, headers=admin)
    response = await system.gateway.get("/v1/employers", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def forged(*, key: str = SIGNING_KEY, algorithm: str = "HS256", kid: str | None = "signing key", **changes: Any) -> str:
    """A token as the gateway signs them for client c-tok, with claims changed (None: left out)."""
    now = int(time.time())
    claims = {
        "iss": tokens.ISSUER,
        "aud": tokens.AUDIENCE,
        "sub": "c-tok",
        "scope": "employers:read",
        "iat": now,
        "exp": now + 60,
        **changes,
    }
    headers = {} if kid is None else {"kid": tokens.key_id(key) if kid == "signing key" else kid}
    return jwt.encode({k: v for k, v in claims.items() if v is not None}, key, algorithm=algorithm, headers=headers)


async def test_a_token_is_refused_unless_its_signature_key_audience_issuer_and_times_hold(system: System) -> None:
    await system.client("employers:read", client_id="c-tok")
    now = int(time.time())
    refused = {
        "expired beyond the leeway": forged(iat=now - 120, exp=now - 30),
        "issued in the future": forged(iat=now + 120, exp=now + 180),
        "for another audience": forged(aud="another-api"),
        "from another issuer": forged(iss="someone-else"),
        **{f"without {claim}": forged(**{claim: None}) for claim in ("exp", "iat", "iss", "aud", "sub")},
        "naming an unknown key": forged(kid="0123456789abcdef"),
        "naming no key": forged(kid=None),
        "signed with another key under the signing key's id": forged(kid=tokens.key_id(SIGNING_KEY), key=NEXT_KEY),
        "unsigned (alg none)": jwt.encode(
            {"iss": tokens.ISSUER, "aud": tokens.AUDIENCE, "sub": "c-tok", "iat": now, "exp": now + 60},
            None,
            algorithm="none",
            headers={"kid": tokens.key_id(SIGNING_KEY)},
        ),
        "signed with another algorithm": forged(algorithm="HS384"),
    }
    for tampering, token in refused.items():
        response = await system.gateway.get("/v1/employers", headers=bearer(token))
        assert response.status_code == 401, tampering
        assert response.headers["content-type"] == "application/problem+json", tampering
    for accepted in (forged(), forged(iat=now - 65, exp=now - 5)):  # the second expired within the leeway
        assert (await system.gateway.get("/v1/employers", headers=bearer(accepted))).status_code == 200


async def test_a_retired_signing_key_verifies_its_tokens_until_it_is_removed(system: System) -> None:
    secret = await system.client("employers:read", client_id="c-rot", credential="client_secret")
    settings = system.gateway._transport.app.state.settings  # type: ignore[attr-defined]
    form = {"grant_type": "client_credentials", "client_id": "c-rot", "client_secret": secret}
    before = (await system.gateway.post("/v1/oauth/token", data=form)).json()["access_token"]
    settings.token_signing_key, settings.token_previous_keys = NEXT_KEY, [SIGNING_KEY]
    after = (await system.gateway.post("/v1/oauth/token", data=form)).json()["access_token"]
    assert [jwt.get_unverified_header(t)["kid"] for t in (before, after)] == [
        tokens.key_id(SIGNING_KEY),
        tokens.key_id(NEXT_KEY),
    ]
    for token in (before, after):
        assert (await system.gateway.get("/v1/employers", headers=bearer(token))).status_code == 200

    settings.token_previous_keys = []
    retired = await system.gateway.get("/v1/employers", headers=bearer(before))
    assert retired.status_code == 401 and retired.headers["content-type"] == "application/problem+json"
    assert (await system.gateway.get("/v1/employers", headers=bearer(after))).status_code == 200
