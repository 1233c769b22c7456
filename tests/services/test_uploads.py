"""Every NDJSON upload (labour's centre sync, social insurance's claims and contributions) goes
through the one importer: 415 for a body that is not NDJSON, 400 for an empty one, a malformed
line named by line and column, a line off its schema by field and rule, echoed values cut short."""

from pathlib import Path

import httpx
import pytest

from services.labour.service import definition as labour
from services.social_insurance.service import definition as social_insurance
from tests.conftest import DATABASES
from tests.databases import MigratedTemplates
from tests.services import support

UPLOADS = [
    (labour, "/sync/terminations", "record.national_id"),
    (social_insurance, "/claims/import", "national_id"),
    (social_insurance, "/contributions/import", "national_id"),
]
NDJSON = {"content-type": "application/x-ndjson"}


@pytest.mark.parametrize("backend", DATABASES)
@pytest.mark.parametrize("definition,path,id_field", UPLOADS, ids=[p for _, p, _ in UPLOADS])
async def test_every_upload_says_exactly_what_was_wrong(
    definition: object,
    path: str,
    id_field: str,
    backend: str,
    migrated_templates: MigratedTemplates,
    tmp_path: Path,
) -> None:
    async with support.app_client(definition, migrated_templates, backend, tmp_path) as client:  # type: ignore[arg-type]
        not_ndjson = await client.post(path, content=b'{"a": 1}\n', headers={"content-type": "application/json"})
        assert not_ndjson.status_code == 415 and not_ndjson.headers["content-type"] == "application/problem+json"
        assert (await client.post(path, content=b"", headers=NDJSON)).status_code == 400
        assert (await client.post(path, content=b"\n  \n", headers=NDJSON)).status_code == 400

        huge = "9" * 1_000_000
        record = (
            {"national_id": huge}
            if id_field == "national_id"
            else {"idempotency_key": "k1", "record": {"national_id": huge}}
        )
        body = b'\n{"national_id": "0791" oops}\n' + httpx.Response(200, json=record).content + b"\n"
        report = await client.post(path, content=body, headers=NDJSON)
        assert report.status_code == 200, report.text
        malformed, off_schema = report.json()["results"]
        assert malformed["line"] == 2 and malformed["status"] == "rejected"
        assert (
            malformed["problem"]["errors"][0]["rule"] == "json_invalid"
            and "column 24" in malformed["problem"]["errors"][0]["message"]
        )
        assert off_schema["line"] == 3
        invalid = next(e for e in off_schema["problem"]["errors"] if e["field"] == id_field)
        assert invalid["rule"] == "invalid_national_id"
        assert len(report.content) < 20_000  # the megabyte is not sent back
