"""The partner API's TypeScript types (clients/typescript/, openapi-typescript) carry a partner's
journeys through tsc: a use that fits the API type-checks, one that does not is refused."""

import json
import subprocess
from pathlib import Path

from clients.generate import CLIENTS

HERE = Path(__file__).parent
TSC = CLIENTS.parent / "deploy" / "local" / "tools" / "node_modules" / ".bin" / "tsc"


def type_errors(source: str, tmp_path: Path) -> list[str]:
    """tsc's errors for `source`, a TypeScript module importing the generated types as the journeys do."""
    generated = str(CLIENTS / "typescript" / "partner-api")
    (tmp_path / "journeys.ts").write_text(
        source.replace('"../../clients/typescript/partner-api"', json.dumps(generated))
    )
    options = {"strict": True, "noEmit": True, "target": "ES2022", "lib": ["ES2022", "DOM"]}
    (tmp_path / "tsconfig.json").write_text(json.dumps({"compilerOptions": options, "files": ["journeys.ts"]}))
    run = subprocess.run(
        [str(TSC), "--project", "tsconfig.json", "--pretty", "false"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return [line for line in run.stdout.splitlines() if "error TS" in line]


def test_the_journeys_type_check_and_a_use_off_the_api_does_not(tmp_path: Path) -> None:
    assert TSC.exists(), "the Node tools are missing: `make test` installs them (npm ci in deploy/local/tools)"
    journeys = (HERE / "partner_journeys.ts").read_text()
    assert type_errors(journeys, tmp_path) == []
    misspelt = journeys.replace("person.sections.workers ??", "person.sections.worker ??")
    assert any("worker" in error for error in type_errors(misspelt, tmp_path))
