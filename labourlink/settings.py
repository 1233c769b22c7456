"""What a command runs on: the settings in the environment, and for what it leaves out, those of the
embedded system (SQLite and the embedded log) kept in the --var folder."""

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError
from pydantic_settings import BaseSettings

from services.registry import DEFAULT_PORTS, load_service
from shared.internal_credentials import Issuer, new_keys
from shared.settings import BusSettings, InternalCredentialSettings, ServiceSettings

DEFAULT_VAR = "var/embedded"  # where `make run` keeps the embedded system

S = TypeVar("S", bound=BaseSettings)
CLI_CALLER = "labourlink-cli"  # the subject of the command line's internal credentials


class SettingMissing(Exception):
    """A setting the command needs is neither in the environment nor given by a --var system."""


def service_settings(service: str, var: Path) -> ServiceSettings:
    """The service's settings: the environment's, and for what it leaves out, the embedded system's
    under `var` when there is one. A setting that is missing is a SettingMissing naming it, never a
    traceback."""
    return _read(load_service(service).settings_class, service, var)


def bus_settings(var: Path) -> BusSettings:
    """Where the bus is, for the commands that only publish or read events (read as the gateway's)."""
    return _read(BusSettings, "gateway", var)


def internal_issuer(var: Path, *, subject: str = CLI_CALLER) -> Issuer:
    """The command's own internal credentials, signed with the INTERNAL_TOKEN_KEYS of the
    environment or else of the embedded system under `var`."""
    keys = _read(InternalCredentialSettings, "gateway", var).internal_token_keys
    if not keys:
        raise SettingMissing(
            f"the services answer no call without an internal credential: set INTERNAL_TOKEN_KEYS "
            f"(no embedded system at {var} gives one)"
        )
    return Issuer(keys=keys, subject=subject)


def _read(settings_class: type[S], service: str, var: Path) -> S:
    environment = {**(embedded_environment(var, service) if var.exists() else {}), **os.environ}
    given: dict[str, Any] = {
        name.lower(): value for name, value in environment.items() if name.lower() in settings_class.model_fields
    }
    try:
        return settings_class(**given)
    except ValidationError as error:
        unset = ", ".join(sorted({str(e["loc"][0]).upper() for e in error.errors() if e["loc"]}))
        if not var.exists():
            raise SettingMissing(
                f"no embedded system at {var} (`make run` makes one), "
                f"and the environment does not set {unset} for {service}"
            ) from None
        raise SettingMissing(f"{service}: {unset}: {error.errors()[0]['msg']}") from None


def embedded_environment(var: Path, service: str) -> dict[str, str]:
    """The settings of one service on the embedded default (SQLite and the embedded log, and the
    machine's own internal credential and document signing keys unless the environment gives some)."""
    var = var.resolve()
    environment = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{var / f'{service}.db'}",
        "BUS_BACKEND": "embedded",
        "EMBEDDED_LOG_PATH": str(var / "bus.db"),
        "INTERNAL_TOKEN_KEYS": os.environ.get("INTERNAL_TOKEN_KEYS")
        or _kept_secret(var / "internal-token.keys", new_keys),
    }
    # Each service signs the documents it issues with a key of its own (job matching issues none).
    if service != "job_matching":
        environment["DOCUMENT_SIGNING_KEY"] = os.environ.get("DOCUMENT_SIGNING_KEY") or _kept_secret(
            var / f"{service}-documents.key", lambda: secrets.token_urlsafe(48)
        )
    if service == "gateway":
        for name in ("labour", "social_insurance", "job_matching"):
            environment[f"{name.upper()}_URL"] = f"http://127.0.0.1:{DEFAULT_PORTS[name]}"
        for variable, file in (
            ("TOKEN_SIGNING_KEY", "gateway-signing.key"),
            ("CREDENTIAL_HASH_KEY", "credential-hash.key"),
        ):
            environment[variable] = _kept_secret(var / file, lambda: secrets.token_urlsafe(48))
        environment["INTERACTIVE_DOCS"] = "true"  # the README's /docs on one's own machine
    return environment


def _kept_secret(path: Path, make: Callable[[], str]) -> str:
    """A secret of this machine's system, made once and kept beside the data, readable by its owner alone."""
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(make())
    return path.read_text().strip()
