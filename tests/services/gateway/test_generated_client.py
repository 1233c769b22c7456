"""A partner generates a client from the partner OpenAPI with a real generator
(openapi-python-client) and runs three journeys with it: read a person, upload a sync file, page
the change feed. The document validates (openapi-spec-validator) and generates without a warning."""

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from openapi_spec_validator import validate

from tests.services.gateway.conftest import System
from tests.services.gateway.test_person_record_and_audit import a_person_everywhere
from tests.services.labour import builders as labour

HERE = Path(__file__).parent
VENV_BIN = Path(sys.executable).parent


@pytest.mark.parametrize("system", ["sqlite"], indirect=True)
async def test_a_generated_client_reads_a_person_uploads_a_sync_file_and_pages_the_change_feed(
    system: System, tmp_path: Path
) -> None:
    document = (await system.gateway.get("/partner-api/openapi.json")).json()
    validate(document)
    (tmp_path / "partner-openapi.json").write_text(json.dumps(document))
    generated = subprocess.run(
        [
            str(VENV_BIN / "openapi-python-client"),
            "generate",
            "--path",
            "partner-openapi.json",
            "--output-path",
            "partner_client",
            "--meta",
            "none",
            "--config",
            str(HERE / "openapi-python-client.yaml"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PATH": f"{VENV_BIN}:{os.environ['PATH']}"},
    )
    assert generated.returncode == 0 and "Warning" not in generated.stdout + generated.stderr, (
        generated.stdout + generated.stderr
    )
    sys.path.insert(0, str(tmp_path))
    try:
        client_module = importlib.import_module("partner_client")
        from partner_client.api.partner_api import changes, read_person
        from partner_client.api.sync_for_employment_service_centres import labour_upload_registrations
        from partner_client.models import UploadReport
        from partner_client.types import File

        national_id = await a_person_everywhere(system)
        centre = await labour.centre(system.labour, caseworkers=1)
        key = await system.client(
            "workers:read",
            "contracts:read",
            "registrations:write",
            "registrations:read",
            kind="employment_service_centre",
        )
        client = client_module.Client(
            base_url="http://gateway",
            headers={"X-API-Key": key},
            httpx_args={"transport": httpx.ASGITransport(app=system.gateway._transport.app)},
        )  # type: ignore[attr-defined]
        async with client:
            person = await read_person.asyncio_detailed(
                national_id=national_id, client=client, x_purpose="case HCM-Q10/2026/0042"
            )
            assert (
                person.status_code == 200
                and json.loads(person.content)["sections"]["workers"][0]["national_id"] == national_id
            )

            line = {
                "idempotency_key": "HCM-Q10/2026-03-05/1",
                "record": {"national_id": national_id, "centre_code": centre["code"], "registered_on": "2026-03-05"},
            }
            upload = await labour_upload_registrations.asyncio(
                client=client, body=File(payload=(json.dumps(line) + "\n").encode()), x_purpose="daily sync"
            )  # type: ignore[arg-type]
            assert isinstance(upload, UploadReport) and upload.created == 1, upload

            seen, after = [], None
            while True:
                page = json.loads(
                    (
                        await changes.asyncio_detailed(
                            client=client, x_purpose="daily sync", limit=1, **({"after": after} if after else {})
                        )
                    ).content
                )
                seen += [item["kind"] for item in page["items"]]
                if page["next_after"] is None:
                    break
                after = page["next_after"]
            assert "registration" in seen and len(seen) > 2
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == "partner_client" or m.startswith("partner_client.")]:
            del sys.modules[name]
