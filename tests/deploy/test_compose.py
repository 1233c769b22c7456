"""docker-compose.yml wires every service as its settings class requires (no Docker engine
needed: the file is parsed and each environment is validated by the real settings class)."""

import re
from pathlib import Path

import pytest
import yaml

from services.registry import SERVICE_NAMES, load_service

COMPOSE = yaml.safe_load((Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text())
INIT_SQL = (Path(__file__).resolve().parents[2] / "deploy/docker/postgres-init.sql").read_text()


def _processes(service: str, role: str) -> list[dict]:
    return [
        entry for entry in COMPOSE["services"].values() if entry.get("command", [])[1:4] == [role, "--service", service]
    ]


@pytest.mark.parametrize("role", ["serve", "worker"])
@pytest.mark.parametrize("service", SERVICE_NAMES)
def test_each_service_runs_with_every_required_setting(
    service: str, role: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (process,) = _processes(service, role)
    environment = {name: str(value) for name, value in process["environment"].items()}
    settings_class = load_service(service).settings_class
    required = {name.upper() for name, field in settings_class.model_fields.items() if field.is_required()}
    assert required <= environment.keys(), f"{service} {role} lacks {required - environment.keys()}"

    for name in list(settings_class.model_fields):
        monkeypatch.delenv(name.upper(), raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = settings_class()  # validates, as the process would at start
    assert settings.bus_backend == "kafka"
    assert settings.kafka_bootstrap_servers == "kafka:9092"
    database = settings.database_url.rsplit("/", 1)[1]
    assert settings.database_url.startswith("postgresql+asyncpg://")
    assert f"CREATE DATABASE {database};" in INIT_SQL
    assert database == service, "each service owns a database of its own"
    assert process["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_the_api_processes_leave_the_workers_to_their_worker_process() -> None:
    for service in SERVICE_NAMES:
        (api,) = _processes(service, "serve")
        assert api["environment"]["RUN_WORKERS"] == "false"


def test_kafka_runs_in_kraft_mode_with_a_modest_heap() -> None:
    kafka = COMPOSE["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert "controller" in kafka["environment"]["KAFKA_PROCESS_ROLES"]
    heap = re.search(r"-Xmx(\d+)m", kafka["environment"]["KAFKA_HEAP_OPTS"])
    assert heap and int(heap.group(1)) <= 512


def test_gateway_reaches_each_service_by_its_compose_name() -> None:
    (gateway,) = _processes("gateway", "serve")
    for name in ("labour", "social_insurance", "job_matching"):
        host = re.match(r"http://([^:/]+)", gateway["environment"][f"{name.upper()}_URL"]).group(1)
        assert host in COMPOSE["services"]
