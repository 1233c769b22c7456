"""What a command runs on: the settings in the environment, and for what it leaves out, those of the
embedded system (SQLite and the embedded log) kept in the --var folder."""

import os
import secrets
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from services.registry import DEFAULT_PORTS, load_service
from shared.settings import BusSettings, ServiceSettings

DEFAULT_VAR = "var/embedded"  # where `make run` keeps the embedded system

S = TypeVar("S", bound=BusSettings)


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
    """The settings of one service on the embedded default (SQLite and the embedded log)."""
    var = var.resolve()
    environment = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{var / f'{service}.db'}",
        "BUS_BACKEND": "embedded",
        "EMBEDDED_LOG_PATH": str(var / "bus.db"),
    }
    if service == "gateway":
        for name in ("labour", "social_insurance", "job_matching"):
            environment[f"{name.upper()}_URL"] = f"http://127.0.0.1:{DEFAULT_PORTS[name]}"
        environment["TOKEN_SIGNING_KEY"] = _local_signing_key(var)
    return environment


def _local_signing_key(var: Path) -> str:
    """This machine's token signing key, made once and kept beside the data."""
    path = var / "gateway-signing.key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48))
    return path.read_text().strip()
