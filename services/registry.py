"""Every service by name, loaded on demand (a process imports only the service it runs)."""

from importlib import import_module

from shared.service import ServiceDefinition

SERVICE_NAMES = ("labour", "social_insurance", "job_matching", "gateway")
# Ports `labourlink run` serves them on; the gateway is the front door.
DEFAULT_PORTS = {"gateway": 8000, "labour": 8001, "social_insurance": 8002, "job_matching": 8003}


def load_service(name: str) -> ServiceDefinition:
    """The definition of a service; ValueError for an unknown name."""
    if name not in SERVICE_NAMES:
        raise ValueError(f"unknown service {name!r}; one of {', '.join(SERVICE_NAMES)}")
    return import_module(f"services.{name}.service").definition
