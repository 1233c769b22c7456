"""The partner API's Python client (clients/python/): current with the partner document, generated
without a warning, built as a package, and carrying a partner through its journeys with typed
answers: read a person, upload a sync file, page the change feed, pull the event feed, verify the
audit chain."""

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from clients.generate import CLIENTS, generated_apart, generated_files
from tests.services.gateway.conftest import System
from tests.services.gateway.test_person_record_and_audit import a_person_everywhere
from tests.services.incoming import deliver, termination
from tests.services.labour import builders as labour

PURPOSE = "case HCM-Q10/2026/0042"


def test_the_committed_clients_are_current_and_generate_without_a_warning(tmp_path: Path) -> None:
    output = generated_apart(tmp_path)
    assert "warning" not in output.lower(), output
    fresh, committed = generated_files(tmp_path), generated_files(CLIENTS)
    stale = sorted(name for name in fresh.keys() | committed.keys() if fresh.get(name) != committed.get(name))
    assert stale == [], "run `make clients` and commit clients/"


def test_the_python_client_builds_and_installs_as_a_package(tmp_path: Path) -> None:
    project = tmp_path / "project"
    # Built from a copy: setuptools writes its build directories beside the sources.
    subprocess.run(["cp", "-r", str(CLIENTS / "python"), str(project)], check=True)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(project)], check=True)
    (wheel,) = tmp_path.glob("labourlink_partner-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(tmp_path / "site"), str(wheel)], check=True)
    imported = subprocess.run(
        [sys.executable, "-c", "import labourlink_partner, labourlink_partner.models as m; print(m.__file__)"],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert imported.stdout.startswith(str(tmp_path / "site"))


@pytest.fixture
def partner() -> Iterator[ModuleType]:
    """The committed package, imported from clients/python."""
    sys.path.insert(0, str(CLIENTS / "python"))
    try:
        import labourlink_partner

        yield labourlink_partner
    finally:
        sys.path.remove(str(CLIENTS / "python"))
        for name in [m for m in sys.modules if m.split(".")[0] == "labourlink_partner"]:
            del sys.modules[name]


def _client(partner: ModuleType, system: System, key: str) -> object:
    return partner.AuthenticatedClient(
        base_url="http://gateway",
        token=key,
        auth_header_name="X-API-Key",
        prefix="",
        httpx_args={"transport": httpx.ASGITransport(app=system.gateway._transport.app)},  # type: ignore[attr-defined]
    )


@pytest.mark.parametrize("system", ["sqlite"], indirect=True)
async def test_a_partner_runs_its_journeys_with_the_generated_client(system: System, partner: ModuleType) -> None:
    from labourlink_partner import upload_ndjson_async
    from labourlink_partner.api.audit import verify
    from labourlink_partner.api.event_subscriptions import pull_events
    from labourlink_partner.api.partner_api import changes, read_person
    from labourlink_partner.api.sync_for_employment_service_centres import labour_upload_registrations
    from labourlink_partner.models import (
        ChainVerification,
        ChangePage,
        LabourRegistrationCreate,
        LabourRegistrationCreateLine,
        LabourUploadReport,
        PartnerEventPage,
        PersonRecord,
        Problem,
    )

    national_id = await a_person_everywhere(system)
    centre = await labour.centre(system.labour, caseworkers=1)
    others = [(await labour.worker(system.labour))["national_id"] for _ in range(2)]
    key = await system.client(
        "workers:read", "contracts:read", "registrations:write", "registrations:read", "terminations:read",
        "events:read",
        kind="employment_service_centre",
    )  # fmt: skip
    async with _client(partner, system, key) as client:  # type: ignore[attr-defined]
        # Read a person: the record's sections are the services' own typed reads.
        person = await read_person.asyncio(national_id, client=client, x_purpose=PURPOSE)
        assert isinstance(person, PersonRecord), person
        assert [w.national_id for w in person.sections.workers] == [national_id]
        assert person.sections.contracts[0].national_id == national_id

        # Upload a sync file: typed lines, one NDJSON upload, a typed report.
        lines = [
            LabourRegistrationCreateLine(
                idempotency_key=f"HCM-Q10/2026-03-05/{n}",
                record=LabourRegistrationCreate(
                    national_id=other, centre_code=centre["code"], registered_on=date(2026, 3, 5)
                ),
            )
            for n, other in enumerate(others, start=1)
        ]
        upload = await upload_ndjson_async(labour_upload_registrations, client=client, lines=lines, x_purpose=PURPOSE)
        assert upload.status_code == 200 and isinstance(upload.parsed, LabourUploadReport), upload.content
        assert (upload.parsed.created, upload.parsed.rejected) == (2, 0)

        # Page the change feed one change at a time.
        registered, after = [], None
        while True:
            page = await changes.asyncio(
                client=client, x_purpose=PURPOSE, kinds=["registration"], limit=1, **({"after": after} if after else {})
            )
            assert isinstance(page, ChangePage), page
            registered += [item.record["national_id"] for item in page.items]
            if page.next_after is None:
                break
            after = page.next_after
        assert set(others) <= set(registered)

        # Pull the event feed.
        await deliver(system.gateway, termination(national_id))
        events = await pull_events.asyncio(client=client, x_purpose=PURPOSE)
        assert isinstance(events, PartnerEventPage), events
        assert [e.type_ for e in events.items] == ["labour.termination.recorded.v1"]
        assert events.items[0].data["national_id"] == national_id

        # Every error answer is a Problem: here the scope the client lacks.
        refused = await pull_events.asyncio(client=client, x_purpose=PURPOSE, types=["labour.hardship.assessed.v1"])
        assert isinstance(refused, Problem) and refused.status == 403
        assert refused.additional_properties["missing_scope"] == "hardship:read"

    auditor = await system.client("audit:read", client_id="auditor")
    async with _client(partner, system, auditor) as client:  # type: ignore[attr-defined]
        # Verify the audit chain, then again against the head it returned.
        head = await verify.asyncio(client=client)
        assert isinstance(head, ChainVerification) and head.intact and head.entries_checked >= 6, head
        again = await verify.asyncio(client=client, head_seq=head.head_seq, head_hash=head.head_hash)
        assert isinstance(again, ChainVerification) and again.intact
