"""Only the gateway (and the platform's own callers) reach a service: every route of every service
refuses a call without the internal credential, or with a partner's credential, a credential for
another service, an expired one or one signed by a key no longer listed; health, readiness,
metrics and documentation stay open."""

import re
import time
from pathlib import Path

import httpx
import pytest
import structlog
from fastapi import FastAPI
from fastapi.routing import APIRoute
from structlog.testing import capture_logs

from labourlink.settings import embedded_environment
from services.gateway.access import tokens
from services.registry import SERVICE_NAMES, load_service
from shared.app import create_service_app
from shared.internal_credentials import OPEN_PATHS, InternalKey, Issuer, parse_keys
from shared.problems import PROBLEM_MEDIA_TYPE
from tests.databases import MigratedTemplates
from tests.services import support
from tests.services.gateway.conftest import SIGNING_KEY, running_system

CURRENT = "k2:current-internal-key-0123456789abcdefghijklmnop"
RETIRED = "k1:retired-internal-key-0123456789abcdefghijklmnop"
INTERNAL_SERVICES = [name for name in SERVICE_NAMES if name != "gateway"]


def unstarted(service: str, keys: str = CURRENT) -> FastAPI:
    """The service's app, not started: a call the guard let through would fail on the missing database."""
    definition = load_service(service)
    settings = definition.settings_class(
        database_url="sqlite+aiosqlite:////nonexistent/never-opened.db",
        bus_backend="embedded",
        embedded_log_path="/nonexistent/bus.db",
        internal_token_keys=keys,
    )
    return create_service_app(definition, settings)


def calls(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path) the app routes, each path parameter filled with a plausible value."""
    return sorted(
        (method, re.sub(r"\{[^}]+\}", "1", route.path))
        for route in app.routes
        if isinstance(route, APIRoute) and route.path not in OPEN_PATHS
        for method in route.methods
    )


def partner_token() -> str:
    """An access token the gateway gives a partner: valid at the gateway, for the partner API."""
    return tokens.sign(key=SIGNING_KEY, subject="tax-1", scopes=["contracts:read"], ttl_seconds=300)


def refusals(service: str) -> dict[str, dict[str, str]]:
    """Credentials a service must refuse, by what is wrong with them."""
    current = Issuer(keys=parse_keys(CURRENT), subject="gateway")
    elsewhere = next(other for other in INTERNAL_SERVICES if other != service)
    return {
        "none": {},
        "a partner's access token": {"Authorization": f"Bearer {partner_token()}"},
        "a partner's API key": {"X-API-Key": "ll_tax1_0123456789abcdef.secret0123456789abcdef"},
        "another service's credential": current.headers(elsewhere),
        "an expired credential": {"Authorization": f"Bearer {current.token(service, now=time.time() - 3600)}"},
        "a key no longer listed": Issuer(keys=parse_keys(RETIRED), subject="gateway").headers(service),
        "a forged one under a listed kid": Issuer(keys=[InternalKey("k2", "x" * 40)], subject="gateway").headers(
            service
        ),
        "a basic password": {"Authorization": "Basic Z2F0ZXdheTpnYXRld2F5"},
    }


@pytest.mark.parametrize("service", INTERNAL_SERVICES)
async def test_every_route_of_a_service_refuses_a_call_without_a_valid_internal_credential(service: str) -> None:
    app = unstarted(service)
    routed = calls(app)
    assert len(routed) > 10, "the service's routes were not found"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service") as client:
        for method, path in routed:
            for wrong, headers in refusals(service).items():
                answer = await client.request(method, path, headers=headers)
                assert answer.status_code == 401, (method, path, wrong, answer.status_code)
                assert answer.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
                assert answer.json()["type"].endswith("/unauthorized")
                assert answer.headers["www-authenticate"].startswith("Bearer")
        # A path no route has is refused the same way: a prober learns nothing of what exists.
        assert (await client.get("/no-such-path")).status_code == 401


async def test_a_service_without_keys_refuses_every_call_even_a_signed_one() -> None:
    app = unstarted("labour", keys="")
    signed = Issuer(keys=parse_keys(CURRENT), subject="gateway").headers("labour")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service") as client:
        assert (await client.get("/employers", headers=signed)).status_code == 401


async def test_probes_metrics_and_documentation_answer_without_a_credential(
    migrated_templates: MigratedTemplates, tmp_path: Path
) -> None:
    async with support.app_client(load_service("labour"), migrated_templates, "sqlite", tmp_path) as client:
        bare = httpx.AsyncClient(transport=client._transport, base_url="http://service")
        for path in sorted(OPEN_PATHS):
            answer = await bare.get(path)
            assert answer.status_code == 200, path
        assert (await bare.post("/healthz")).status_code == 405  # open to read, nothing more


async def test_a_credential_signed_with_a_retired_key_holds_while_the_key_is_listed(
    migrated_templates: MigratedTemplates, tmp_path: Path
) -> None:
    signed_before = Issuer(keys=parse_keys(RETIRED), subject="gateway").headers("labour")
    async with support.app_client(
        load_service("labour"), migrated_templates, "sqlite", tmp_path, internal_token_keys=f"{CURRENT},{RETIRED}"
    ) as client:
        bare = httpx.AsyncClient(transport=client._transport, base_url="http://service")
        assert (await bare.get("/employers", headers=signed_before)).status_code == 200
        assert (await client.get("/employers")).status_code == 200  # signed with the first key
    # Once the retired key is taken off the list, what it signed is refused.
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=unstarted("labour")), base_url="http://s") as client:
        assert (await client.get("/employers", headers=signed_before)).status_code == 401


def test_the_keys_setting_names_what_is_wrong_with_a_key() -> None:
    assert [key.kid for key in parse_keys(f" {CURRENT} , {RETIRED} ")] == ["k2", "k1"]
    assert "secret" not in repr(parse_keys(CURRENT)) and "current-internal" not in repr(parse_keys(CURRENT))
    for given, rule in (
        ("k1", "kid:secret"),
        ("k 1:" + "x" * 40, "kid:secret"),
        ("k1:short", "at least 32"),
        (f"{CURRENT},{CURRENT}", "given twice"),
    ):
        with pytest.raises(ValueError, match=rule):
            parse_keys(given)


async def test_a_partner_call_reaches_the_service_as_the_gateway_for_that_partner_and_purpose(
    migrated_templates: MigratedTemplates, tmp_path: Path
) -> None:
    for name in SERVICE_NAMES:
        (tmp_path / name).mkdir()
    async with running_system(migrated_templates, "sqlite", tmp_path) as system:
        key = await system.client("employers:read", kind="tax", client_id="hcm-tax")
        with capture_logs(processors=[structlog.contextvars.merge_contextvars]) as logs:
            answer = await system.gateway.get("/v1/employers", headers={"X-API-Key": key, "X-Purpose": "audit 12"})
        assert answer.status_code == 200, answer.text
        (handled,) = [e for e in logs if e["event"] == "request_handled" and e.get("route") == "/employers"]
        assert handled | {"caller": "gateway", "partner_client": "hcm-tax", "purpose": "audit 12"} == handled


async def test_a_service_refusing_the_gateways_credential_is_a_502_to_the_partner_never_its_401(
    migrated_templates: MigratedTemplates, tmp_path: Path
) -> None:
    for name in SERVICE_NAMES:
        (tmp_path / name).mkdir()
    async with running_system(migrated_templates, "sqlite", tmp_path, internal_token_keys=RETIRED) as system:
        key = await system.client("employers:read", kind="tax")
        answer = await system.gateway.get("/v1/employers", headers={"X-API-Key": key})
        assert answer.status_code == 502, answer.text
        assert answer.json()["type"].endswith("/upstream-failed")


def test_a_system_on_one_machine_makes_its_keys_once_unless_the_environment_gives_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTERNAL_TOKEN_KEYS")
    made = {service: embedded_environment(tmp_path, service)["INTERNAL_TOKEN_KEYS"] for service in SERVICE_NAMES}
    assert len(set(made.values())) == 1 and parse_keys(made["labour"])  # one valid key set for all four
    assert (tmp_path / "internal-token.keys").stat().st_mode & 0o077 == 0  # its owner's alone
    assert embedded_environment(tmp_path, "labour")["INTERNAL_TOKEN_KEYS"] == made["labour"]  # kept, not remade
    monkeypatch.setenv("INTERNAL_TOKEN_KEYS", CURRENT)
    assert embedded_environment(tmp_path, "gateway")["INTERNAL_TOKEN_KEYS"] == CURRENT
