"""OWASP API1, API2, API4 and API8 gaps closed for issue 18: credentials hashed under a server key,
the token endpoint's lock-out, revocation reaching tokens, agencies limited to their area, the
NDJSON line limit, requests in flight per client, and the API documents served as configured."""

import asyncio
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import httpx
import pytest
import structlog
from structlog.testing import capture_logs

from services.gateway.access.areas import Area, refuse_outside_area
from services.gateway.access.caller import Caller
from services.gateway.access.repository import LockoutRepository
from services.gateway.models import ReportCase
from services.gateway.partners.credentials import KEYED_PREFIX
from services.gateway.partners.repository import CredentialRepository
from services.gateway.partners.schemas import AgencyCreate
from services.gateway.partners.service import enrol_client
from shared.ndjson import LineCounter, lines_of
from shared.problems import NotFound
from tests.conftest import DATABASES
from tests.databases import MigratedTemplates
from tests.services import support
from tests.services.gateway.conftest import System, running_system
from tests.services.labour import builders as labour

HASH_KEY = "credential-hash-key-0123456789abcdefghijklmnop"
PURPOSE = {"X-Purpose": "case 2026/17"}


@pytest.fixture(params=DATABASES)
async def keyed(
    request: pytest.FixtureRequest, migrated_templates: MigratedTemplates, tmp_path: Path
) -> AsyncIterator[System]:
    """The system with a credential hash key set."""
    for name in ("labour", "social_insurance", "job_matching", "gateway"):
        (tmp_path / name).mkdir()
    async with running_system(migrated_templates, request.param, tmp_path, credential_hash_key=HASH_KEY) as started:
        yield started


def _settings(system: System) -> object:
    return system.gateway._transport.app.state.settings  # type: ignore[attr-defined]


async def _stored_hash(system: System, credential: str) -> str:
    async with support.sessionmaker_of(system.gateway)() as session:
        stored = await CredentialRepository(session).live_by_lookup(credential.split(".")[0])
    assert stored is not None
    return stored[0].secret_hash


def _keyed(secret: str) -> str:
    return KEYED_PREFIX + hmac.new(HASH_KEY.encode(), secret.encode(), hashlib.sha256).hexdigest()


async def test_api2_keys_are_stored_under_the_server_key_and_old_hashes_upgraded_on_use(keyed: System) -> None:
    admin = {"X-API-Key": await keyed.client("partners:write", client_id="admin")}
    # Stored before the key was set: a plain SHA-256, which keeps working and is rewritten keyed.
    old = await keyed.client("employers:read", client_id="old-client")
    old_secret = old.split(".")[1]
    assert await _stored_hash(keyed, old) == hashlib.sha256(old_secret.encode()).hexdigest()
    with capture_logs(processors=[structlog.contextvars.merge_contextvars]) as logs:
        assert (await keyed.gateway.get("/v1/employers", headers={"X-API-Key": old})).status_code == 200
        issued = await keyed.gateway.post(
            "/v1/partners/clients/old-client/credentials", json={"kind": "client_secret"}, headers=admin
        )
        secret = issued.json()["secret"]
        form = {"grant_type": "client_credentials", "client_id": "old-client", "client_secret": secret}
        assert (await keyed.gateway.post("/v1/oauth/token", data=form)).status_code == 200
        assert (await keyed.gateway.post("/v1/oauth/token", data={**form, "client_secret": old})).status_code == 401
    assert await _stored_hash(keyed, old) == _keyed(old_secret)
    assert await _stored_hash(keyed, secret) == _keyed(secret.split(".")[1])
    assert (await keyed.gateway.get("/v1/employers", headers={"X-API-Key": old})).status_code == 200
    assert (await keyed.gateway.get("/v1/employers", headers={"X-API-Key": old + "x"})).status_code == 401
    logged = json.dumps(logs, default=str)
    for presented in (old_secret, secret.split(".")[1]):
        assert presented not in logged


async def _token_answer(system: System, client_id: str, secret: str) -> httpx.Response:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    return await system.gateway.post("/v1/oauth/token", data=form)


async def _time_passes(system: System, client_id: str) -> None:
    """As if the lock had run out (a test does not wait for it)."""
    async with support.sessionmaker_of(system.gateway)() as session:
        await LockoutRepository(session).lock(client_id, until=0)
        await session.commit()


async def test_api2_the_token_endpoint_locks_a_client_out_after_bad_secrets_and_backs_off(system: System) -> None:
    secret = await system.client("employers:read", client_id="guessed", credential="client_secret")
    wrong = secret[:-3] + "xyz"
    for _ in range(5):  # TOKEN_LOCKOUT_FAILURES
        assert (await _token_answer(system, "guessed", wrong)).status_code == 401
    locked = await _token_answer(system, "guessed", secret)  # the good secret too, while locked
    assert locked.status_code == 429
    assert locked.headers["content-type"] == "application/problem+json"
    assert locked.json()["type"].endswith("/client-locked-out") and locked.json()["rule"] == "token_lockout"
    assert 29 <= int(locked.headers["retry-after"]) <= 30
    # Another bad secret once the lock runs out: locked again, twice as long.
    await _time_passes(system, "guessed")
    assert (await _token_answer(system, "guessed", wrong)).status_code == 401
    assert 59 <= int((await _token_answer(system, "guessed", secret)).headers["retry-after"]) <= 60
    # A good secret once it runs out clears the count: the next bad one is a plain 401 again.
    await _time_passes(system, "guessed")
    assert (await _token_answer(system, "guessed", secret)).status_code == 200
    assert (await _token_answer(system, "guessed", wrong)).status_code == 401
    assert (await _token_answer(system, "guessed", secret)).status_code == 200
    # Another client is not held up by it.
    other = await system.client("employers:read", client_id="other", credential="client_secret")
    assert (await _token_answer(system, "other", other)).status_code == 200


async def test_api2_revoking_a_client_secret_refuses_the_tokens_granted_for_it_at_once(system: System) -> None:
    admin = {"X-API-Key": await system.client("partners:write", "partners:read", client_id="admin")}
    secret = await system.client("employers:read", client_id="revoked", credential="client_secret")
    portal = await system.client("persons:authenticate", client_id="portal", credential="client_secret")
    token = (await _token_answer(system, "revoked", secret)).json()["access_token"]
    person = (
        await system.gateway.post(
            "/v1/oauth/token",
            data={
                "grant_type": "urn:labourlink:grant-type:person",
                "client_id": "portal",
                "client_secret": portal,
                "national_id": "001090000001",
            },
        )
    ).json()["access_token"]
    calls = (("/v1/employers", token), ("/v1/me/access-log", person))
    for path, bearer in calls:
        assert (await system.gateway.get(path, headers={"Authorization": f"Bearer {bearer}"})).status_code == 200
    for client_id, credential in (("revoked", secret), ("portal", portal)):
        listed = await system.gateway.get(f"/v1/partners/clients/{client_id}/credentials", headers=admin)
        (record,) = listed.json()
        revoked = await system.gateway.post(f"/v1/partners/credentials/{record['id']}/revoke", headers=admin)
        assert revoked.status_code == 200 and credential.startswith(record["lookup"] + ".")
    for path, bearer in calls:
        refused = await system.gateway.get(path, headers={"Authorization": f"Bearer {bearer}"})
        assert refused.status_code == 401, path


async def _agency_client(
    system: System, code: str, *scopes: str, client_id: str, kind: str = "labour", **area: str
) -> str:
    async with support.sessionmaker_of(system.gateway)() as session:
        secret = await enrol_client(
            session=session,
            agency=AgencyCreate(code=code, name=code, kind=kind, **area),  # type: ignore[arg-type]
            client_id=client_id,
            client_name=client_id,
            scopes=list(scopes),
            credential_kind="api_key",
        )
        await session.commit()
    return secret


async def test_api1_an_administrator_of_an_area_reaches_no_other_agencys_clients_or_keys(system: System) -> None:
    hanoi = {
        "X-API-Key": await _agency_client(
            system, "DOLISA-HN", "partners:read", "partners:write", client_id="hn-admin", province="Hà Nội"
        )
    }
    other_key = await _agency_client(system, "DOLISA-HCM", "employers:read", client_id="hcm-app")
    national = {"X-API-Key": await system.client("partners:read", "partners:write", client_id="national")}
    other_credential = (await system.gateway.get("/v1/partners/clients/hcm-app/credentials", headers=national)).json()
    other_agency_id = (await system.gateway.get("/v1/partners/clients", headers=national)).json()["items"]
    other_agency_id = next(c["agency_id"] for c in other_agency_id if c["client_id"] == "hcm-app")

    new_client = {"client_id": "hn-2", "agency_code": "DOLISA-HCM", "name": "x", "scopes": ["employers:read"]}
    refused = {
        "PATCH client": await system.gateway.patch(
            "/v1/partners/clients/hcm-app", json={"active": False}, headers=hanoi
        ),
        "issue credential": await system.gateway.post(
            "/v1/partners/clients/hcm-app/credentials", json={"kind": "api_key"}, headers=hanoi
        ),
        "list credentials": await system.gateway.get("/v1/partners/clients/hcm-app/credentials", headers=hanoi),
        "revoke credential": await system.gateway.post(
            f"/v1/partners/credentials/{other_credential[0]['id']}/revoke", headers=hanoi
        ),
        "register client": await system.gateway.post("/v1/partners/clients", json=new_client, headers=hanoi),
    }
    assert {name: answer.status_code for name, answer in refused.items()} == dict.fromkeys(refused, 404)
    registered = await system.gateway.post(
        "/v1/partners/agencies", json={"code": "VN-X", "name": "x", "kind": "tax"}, headers=hanoi
    )
    assert registered.status_code == 403
    clients = await system.gateway.get("/v1/partners/clients", headers=hanoi)
    assert [c["client_id"] for c in clients.json()["items"]] == ["hn-admin"]
    asked = await system.gateway.get("/v1/partners/clients", params={"agency_id": other_agency_id}, headers=hanoi)
    assert asked.json()["items"] == []
    agencies = await system.gateway.get("/v1/partners/agencies", headers=hanoi)
    assert [(a["code"], a["province"]) for a in agencies.json()["items"]] == [("DOLISA-HN", "Hà Nội")]
    # Nothing of the other agency changed, and its own records are within reach.
    assert (await system.gateway.get("/v1/employers", headers={"X-API-Key": other_key})).status_code == 200
    own = await system.gateway.post(
        "/v1/partners/clients/hn-admin/credentials", json={"kind": "api_key"}, headers=hanoi
    )
    assert own.status_code == 201
    # An administrator of the whole country reaches every agency's.
    assert len((await system.gateway.get("/v1/partners/agencies", headers=national)).json()["items"]) == 3


async def test_api1_an_agency_of_an_area_is_told_nothing_of_people_registered_elsewhere(system: System) -> None:
    async with support.sessionmaker_of(system.gateway)() as session:
        for registration, (national_id, centre, district) in enumerate(
            [("001090000001", "HN-BD", "Ba Đình"), ("001090000002", "HN-CG", "Cầu Giấy")], start=1
        ):
            session.add(
                ReportCase(
                    registration_id=registration,
                    national_id=national_id,
                    centre_code=centre,
                    province="Hà Nội",
                    district=district,
                    registered_on=date(2026, 3, 2),
                )
            )
        await session.commit()

        def centre(**area: str) -> Caller:
            return Caller("c", "C", None, frozenset(), 60, area=Area(**area))

        here, there, nowhere = {"001090000001"}, {"001090000002"}, {"079090000003"}
        for caller in (centre(centre_code="HN-BD"), centre(province="Hà Nội", district="Ba Đình")):
            await refuse_outside_area(session=session, caller=caller, people=here)
            for people in (there, nowhere, here | there):
                with pytest.raises(NotFound) as refused:
                    await refuse_outside_area(session=session, caller=caller, people=people)
                # The same words for a person elsewhere and one of whom nothing is known.
                assert "001090000001" not in refused.value.detail
        await refuse_outside_area(session=session, caller=centre(province="Hà Nội"), people=here | there)
        national = Caller("n", "N", None, frozenset(), 60)
        await refuse_outside_area(session=session, caller=national, people=here | there | nowhere)


def test_api1_a_district_is_given_with_its_province() -> None:
    with pytest.raises(ValueError, match="district_needs_province"):
        AgencyCreate(code="X-1", name="x", kind="employment_service_centre", district="Ba Đình")  # type: ignore[arg-type]


@pytest.mark.parametrize("part_size", [1, 2, 5, 1000])
def test_api4_lines_are_counted_as_the_body_streams_in_as_the_importer_numbers_them(part_size: int) -> None:
    body = b'{"a": 1}\n\n  \n{"b":\n 2}\r\n{"c": 3}'
    counter = LineCounter()
    counted = [counter.feed(body[i : i + part_size]) for i in range(0, len(body), part_size)]
    assert counted[-1] == len(lines_of(body)) == 4


async def test_api4_an_upload_of_more_lines_than_the_limit_is_refused_with_413(system: System) -> None:
    _settings(system).max_upload_lines = 3  # type: ignore[attr-defined]
    key = await system.client("registrations:write", kind="employment_service_centre")
    headers = {"X-API-Key": key, "content-type": "application/x-ndjson", **PURPOSE}
    line = json.dumps({"idempotency_key": "k", "record": {}})
    over = await system.gateway.post("/v1/sync/registrations", content=f"{line}\n" * 4, headers=headers)
    assert over.status_code == 413
    assert over.json()["type"].endswith("/too-many-lines") and over.json()["max_lines"] == 3
    # Blank lines are not lines, and the byte limit is a limit of its own.
    within = await system.gateway.post("/v1/sync/registrations", content=f"{line}\n\n\n" * 3, headers=headers)
    assert within.status_code != 413, within.text


async def test_api4_a_client_with_too_many_requests_in_flight_gets_429(system: System) -> None:
    _settings(system).max_requests_in_flight_per_client = 2  # type: ignore[attr-defined]
    key = {"X-API-Key": await system.client("employers:read")}
    other = {"X-API-Key": await system.client("employers:read", client_id="other")}
    arrived, answer = asyncio.Semaphore(0), asyncio.Event()

    async def held(request: httpx.Request) -> httpx.Response:
        arrived.release()
        await answer.wait()
        return httpx.Response(200, json={"items": [], "next_after": None})

    upstreams = system.gateway._transport.app.state.upstreams  # type: ignore[attr-defined]
    upstreams.clients = {
        **upstreams.clients,
        "labour": httpx.AsyncClient(base_url="http://labour", transport=httpx.MockTransport(held)),
    }
    in_flight = [asyncio.create_task(system.gateway.get("/v1/employers", headers=key)) for _ in range(2)]
    for _ in in_flight:
        await arrived.acquire()
    refused = await system.gateway.get("/v1/employers", headers=key)
    assert refused.status_code == 429 and refused.headers["retry-after"] == "1"
    assert refused.json()["rule"] == "max_requests_in_flight_per_client"
    other_call = asyncio.create_task(system.gateway.get("/v1/employers", headers=other))  # its own slots
    await arrived.acquire()
    answer.set()
    assert [(await call).status_code for call in (*in_flight, other_call)] == [200, 200, 200]
    # Answered, the slots are free again.
    assert (await system.gateway.get("/v1/employers", headers=key)).status_code == 200


async def test_api8_the_gateways_document_and_docs_pages_are_served_as_configured(system: System) -> None:
    settings = _settings(system)
    assert (await system.gateway.get("/openapi.json")).status_code == 200
    assert (await system.gateway.get("/partner-api/openapi.json")).status_code == 200
    for page in ("/docs", "/redoc", "/static-offline-docs/swagger-ui-bundle.js"):
        closed = await system.gateway.get(page)
        assert closed.status_code == 404 and closed.headers["content-type"] == "application/problem+json"
    settings.interactive_docs = True  # type: ignore[attr-defined]
    assert (await system.gateway.get("/docs")).status_code == 200
    settings.openapi_document = False  # type: ignore[attr-defined]
    for document in ("/openapi.json", "/partner-api/openapi.json"):
        assert (await system.gateway.get(document)).status_code == 404


async def test_api1_a_centre_reads_only_the_people_registered_in_its_area(system: System) -> None:
    here, there = (await labour.worker(system.labour)), (await labour.worker(system.labour))
    async with support.sessionmaker_of(system.gateway)() as session:
        session.add(
            ReportCase(
                registration_id=1,
                national_id=here["national_id"],
                centre_code="HN-BD",
                province="Hà Nội",
                district="Ba Đình",
                registered_on=date(2026, 3, 2),
            )
        )
        await session.commit()
    centre = {
        "X-API-Key": await _agency_client(
            system,
            "ESC-HN-BD",
            "workers:read",
            client_id="hn-bd",
            kind="employment_service_centre",
            centre_code="HN-BD",
        ),
        **PURPOSE,
    }
    assert (await system.gateway.get(f"/v1/persons/{here['national_id']}", headers=centre)).status_code == 200
    elsewhere = [
        await system.gateway.get(f"/v1/persons/{there['national_id']}", headers=centre),
        await system.gateway.get("/v1/persons/079090000003", headers=centre),  # of whom nothing is known
        await system.gateway.get("/v1/workers", params={"national_id": there["national_id"]}, headers=centre),
        await system.gateway.get("/v1/workers", headers=centre),  # a list holding people of other areas
    ]
    assert [answer.status_code for answer in elsewhere] == [404] * 4
    assert elsewhere[0].json()["detail"].replace(there["national_id"], "?") == elsewhere[1].json()["detail"].replace(
        "079090000003", "?"
    )
    # Its audit rows are out of reach for an area's supervisor too.
    supervisor = {
        "X-API-Key": await _agency_client(system, "DOLISA-HN", "audit:read", client_id="hn-audit", province="Hà Nội")
    }
    audit = "/v1/audit/entries"
    assert (
        await system.gateway.get(audit, params={"national_id": here["national_id"]}, headers=supervisor)
    ).status_code == 200
    assert (
        await system.gateway.get(audit, params={"national_id": there["national_id"]}, headers=supervisor)
    ).status_code == 404
