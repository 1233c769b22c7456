"""`make clients`: the partner API's clients from the partner document as the gateway serves it.

clients/partner-openapi.json     the document (also for partners generating their own client)
clients/python/labourlink_partner/  the Python package (openapi-python-client; pyproject.toml,
                                 the generator's configuration and templates/ are written by hand)
clients/typescript/partner-api.d.ts  the TypeScript types (openapi-typescript)

`python -m clients.generate --check` only says which generated files are stale.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from services.gateway.documents.openapi import partner_document

CLIENTS = Path(__file__).resolve().parent
VENV_BIN = Path(sys.executable).parent
OPENAPI_TYPESCRIPT = CLIENTS.parent / "deploy" / "local" / "tools" / "node_modules" / ".bin" / "openapi-typescript"
DOCUMENT = "partner-openapi.json"
PACKAGE = "python/labourlink_partner"
TYPES = "typescript/partner-api.d.ts"
BY_HAND = ("python/pyproject.toml", "python/README.md", "python/openapi-python-client.yaml", "python/templates")


def _run(command: list[str], cwd: Path) -> str:
    # The generator's post-hooks run ruff from the virtual environment.
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}"}
    run = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300, env=env)
    if run.returncode:
        raise RuntimeError(f"{command[0]} failed:\n{run.stdout}{run.stderr}")
    return run.stdout + run.stderr


def generate(root: Path) -> str:
    """Generate the clients into `root`, a clients tree holding the files written by hand; the
    generators' output (a warning is a failure)."""
    (root / DOCUMENT).write_text(json.dumps(partner_document(), indent=1, ensure_ascii=False) + "\n")
    python = root / "python"
    output = _run(
        [
            str(VENV_BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(root / DOCUMENT),
            "--output-path",
            str(root / PACKAGE),
            "--meta",
            "none",
            "--overwrite",
            "--fail-on-warning",
            "--config",
            str(python / "openapi-python-client.yaml"),
            "--custom-template-path",
            str(python / "templates"),
        ],
        cwd=python,
    )
    (root / TYPES).parent.mkdir(parents=True, exist_ok=True)
    return output + _run([str(OPENAPI_TYPESCRIPT), str(root / DOCUMENT), "--output", str(root / TYPES)], cwd=root)


def generated_files(root: Path) -> dict[str, bytes]:
    """The generated files under `root`, by path."""
    found = [root / DOCUMENT, root / TYPES, *(p for p in (root / PACKAGE).rglob("*") if p.is_file())]
    return {str(p.relative_to(root)): p.read_bytes() for p in found if p.exists() and "__pycache__" not in p.parts}


def generated_apart(into: Path) -> str:
    """Generate into `into`, a copy of the files written by hand; the generators' output."""
    for name in BY_HAND:
        source, target = CLIENTS / name, into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)
    return generate(into)


def stale() -> list[str]:
    """The committed generated files that differ from a fresh generation."""
    with tempfile.TemporaryDirectory() as fresh:
        generated_apart(Path(fresh))
        now, committed = generated_files(Path(fresh)), generated_files(CLIENTS)
    return sorted(name for name in now.keys() | committed.keys() if now.get(name) != committed.get(name))


if __name__ == "__main__":
    if "--check" in sys.argv:
        if found := stale():
            sys.exit("stale (run `make clients`): " + ", ".join(found))
    else:
        print(generate(CLIENTS))
