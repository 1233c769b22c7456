"""The house rules a newcomer relies on to find things: shared/ is the platform and imports no
service, and every domain module of every service has the same four files."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHAPE = ("endpoints.py", "service.py", "repository.py", "schemas.py")
# Packages inside a service that are not domain modules, and why.
NOT_DOMAIN_MODULES = {
    "services/gateway/access": "who is calling and what each agency kind may see: policy, no records of its own",
    "services/gateway/routing": "the operation table and forwarding to the services",
    "services/gateway/documents": "the partner OpenAPI document, built from the operation table",
    "services/social_insurance/rules": "the rule packs: effective-dated data and pure functions",
}
# Modules with no HTTP surface of their own, so no endpoints or schemas: fed by other services'
# events, or by the gateway's request path.
WITHOUT_HTTP = {
    "services/social_insurance/terminations": "labour's terminations, as social insurance decides on them",
    "services/social_insurance/registrations": "labour's unemployment registrations, for notices and claims",
    "services/gateway/traffic": "partner calls counted per hour as they pass; the console's Partners page reads them",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_shared_imports_no_service_and_no_command() -> None:
    offending = {
        str(path.relative_to(ROOT)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in {"services", "labourlink"}
        )
        for path in (ROOT / "shared").rglob("*.py")
    }
    assert {path: modules for path, modules in offending.items() if modules} == {}


def test_every_domain_module_has_endpoints_service_repository_and_schemas() -> None:
    modules = [
        package
        for service in (ROOT / "services").iterdir()
        if (service / "service.py").exists()
        for package in service.iterdir()
        if (package / "__init__.py").exists()
        and package.name != "migrations"
        and str(package.relative_to(ROOT)) not in NOT_DOMAIN_MODULES
    ]
    assert len(modules) > 30
    shape = {
        str(m.relative_to(ROOT)): ("service.py", "repository.py") if str(m.relative_to(ROOT)) in WITHOUT_HTTP else SHAPE
        for m in modules
    }
    missing = {module: [f for f in files if not (ROOT / module / f).exists()] for module, files in shape.items()}
    assert {module: files for module, files in missing.items() if files} == {}


def test_the_exempt_packages_exist() -> None:
    assert [p for p in [*NOT_DOMAIN_MODULES, *WITHOUT_HTTP] if not (ROOT / p).is_dir()] == []
