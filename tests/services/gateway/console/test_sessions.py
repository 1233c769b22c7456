"""Who opens the console: an operator agency's client with console:read, by its client secret; a
session in a cookie that partner routes never read; every state change carries the session's
anti-forgery token."""

import httpx
import pytest

from services.gateway.access.policy import (
    CONSOLE_OPERATE,
    CONSOLE_READ,
    PERSON_DATA,
    SENSITIVE_FIELDS,
    AgencyKind,
    ceiling,
    hidden_fields,
    not_grantable,
)
from tests.services.gateway.conftest import System
from tests.services.gateway.console.conftest import csrf_of, log_in, operator
from tests.services.support import sessionmaker_of


def test_only_an_operator_agency_may_be_granted_the_console_and_it_sees_no_personal_category() -> None:
    assert not_grantable(AgencyKind.operator, [CONSOLE_READ, CONSOLE_OPERATE]) == []
    assert not_grantable(AgencyKind.operator, ["registrations:read", "reports:read", "audit:read"]) == [
        "registrations:read",
        "reports:read",
        "audit:read",
    ]
    for kind in set(AgencyKind) - {AgencyKind.operator}:
        assert not_grantable(kind, [CONSOLE_READ, CONSOLE_OPERATE]) == [CONSOLE_READ, CONSOLE_OPERATE], kind
    assert not ceiling(AgencyKind.operator) & PERSON_DATA
    assert hidden_fields(AgencyKind.operator) >= frozenset().union(*SENSITIVE_FIELDS.values())


async def test_an_operator_logs_in_with_the_client_secret_and_out_again(system: System) -> None:
    secret = await operator(system, CONSOLE_READ)
    client = system.gateway
    assert (await client.get("/console/targets")).headers["location"] == "/console/login"
    response = await log_in(client, "ops-console", secret)
    assert (response.status_code, response.headers["location"]) == (303, "/console/targets")
    page = await client.get("/console/targets")
    assert page.status_code == 200 and 'id="operator">ops-console<' in page.text
    logout = await client.post("/console/logout", data={"csrf_token": await csrf_of(client, "/console/targets")})
    assert (logout.status_code, logout.headers["location"]) == (303, "/console/login")
    assert (await client.get("/console/targets")).status_code == 303


async def test_the_session_cookie_is_httponly_strict_and_for_the_console_only(system: System) -> None:
    secret = await operator(system, CONSOLE_READ)
    response = await log_in(system.gateway, "ops-console", secret)
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie
    assert "secure" not in cookie  # plain http here; over https the cookie is Secure
    secure = httpx.AsyncClient(transport=system.gateway._transport, base_url="https://console.test")  # type: ignore[arg-type]
    async with secure:
        assert "; secure" in (await secure.get("/console/login")).headers["set-cookie"].lower()


async def test_wrong_credentials_or_no_console_scope_do_not_open_the_console(system: System) -> None:
    secret = await operator(system, CONSOLE_READ)
    wrong = await log_in(system.gateway, "ops-console", secret[:-2] + "xx")
    assert wrong.status_code == 401 and 'id="failure"' in wrong.text
    bare = await operator(system, client_id="ops-without-console")
    refused = await log_in(system.gateway, "ops-without-console", bare)
    assert refused.status_code == 403 and "console:read" in refused.text
    assert (await system.gateway.get("/console/audit")).status_code == 303


async def test_a_form_without_the_sessions_token_changes_nothing(system: System) -> None:
    secret = await operator(system, CONSOLE_READ)
    await csrf_of(system.gateway)  # a session exists, but the form below does not carry its token
    forged = await system.gateway.post(
        "/console/login", data={"client_id": "ops-console", "client_secret": secret, "csrf_token": "forged"}
    )
    assert forged.status_code == 403
    await log_in(system.gateway, "ops-console", secret)
    assert (await system.gateway.post("/console/logout", data={})).status_code == 403
    assert (await system.gateway.get("/console/targets")).status_code == 200  # still logged in


async def test_a_partner_token_does_not_open_the_console_nor_a_session_the_partner_api(system: System) -> None:
    key = await system.client("reports:read", kind="labour")
    assert (await system.gateway.get("/console/targets", headers={"X-API-Key": key})).status_code == 303
    secret = await operator(system, CONSOLE_READ)
    await log_in(system.gateway, "ops-console", secret)
    session = system.gateway.cookies["labourlink_console"]
    partner = await system.gateway.get("/v1/reports/fund-months", headers={"Cookie": f"labourlink_console={session}"})
    assert partner.status_code == 401
    # The operator's own client, through the token endpoint, gets no partner scope either.
    token = await system.gateway.post(
        "/v1/oauth/token",
        data={"grant_type": "client_credentials", "client_id": "ops-console", "client_secret": secret},
    )
    bearer = {"Authorization": f"Bearer {token.json()['access_token']}"}
    assert (await system.gateway.get("/v1/reports/fund-months", headers=bearer)).status_code == 403


@pytest.mark.parametrize("change", ["deactivated", "scope_withdrawn"])
async def test_an_open_session_closes_when_the_registry_withdraws_the_operator(system: System, change: str) -> None:
    secret = await operator(system, CONSOLE_READ)
    await log_in(system.gateway, "ops-console", secret)
    from services.gateway.partners.repository import ClientRepository

    async with sessionmaker_of(system.gateway)() as session:
        client = await ClientRepository(session).one_by(client_id="ops-console")
        assert client is not None
        if change == "deactivated":
            client.active = False
        else:
            client.scopes = []
        await session.commit()
    assert (await system.gateway.get("/console/targets")).headers["location"] == "/console/login"
