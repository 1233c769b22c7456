"""docker-compose.yml wires every service as its settings class requires (no Docker engine
needed: the file is parsed and each environment is validated by the real settings class)."""

import re
from pathlib import Path

import certifi
import pytest
import yaml
from aiokafka import AIOKafkaProducer
from pydantic import ValidationError

from services.registry import SERVICE_NAMES, load_service
from shared.bus.kafka import KafkaSecurity
from shared.internal_credentials import parse_keys
from shared.settings import BusSettings

COMPOSE = yaml.safe_load((Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text())
INIT_SQL = (Path(__file__).resolve().parents[2] / "deploy/docker/postgres-init.sql").read_text()
# The secrets compose takes from the operator's environment (`${NAME:?message}`: refused when unset).
OPERATOR_ENVIRONMENT = {
    "LABOURLINK_TOKEN_SIGNING_KEY": "compose-signing-key-0123456789abcdefghijklmnopqrstuvwxyz",
    "LABOURLINK_INTERNAL_TOKEN_KEYS": "2026-01:compose-internal-key-0123456789abcdefghijklmnop",
    "LABOURLINK_CREDENTIAL_HASH_KEY": "compose-credential-hash-key-0123456789abcdefghijklmnop",
    **{
        f"LABOURLINK_{service}_DOCUMENT_KEY": f"compose-{service.lower()}-document-key-0123456789abcdefghijklmnop"
        for service in ("LABOUR", "SOCIAL_INSURANCE", "GATEWAY")
    },
}
_REQUIRED_VARIABLE = re.compile(r"\$\{(\w+):\?[^}]*\}")


def _interpolated(value: object) -> str:
    """The value as compose passes it, with the operator's variables filled in."""
    return _REQUIRED_VARIABLE.sub(lambda variable: OPERATOR_ENVIRONMENT[variable.group(1)], str(value))


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
    environment = {name: _interpolated(value) for name, value in process["environment"].items()}
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
    # Every process holds the one key set: the gateway signs with it, the services verify with it.
    assert settings.internal_token_keys == parse_keys(OPERATOR_ENVIRONMENT["LABOURLINK_INTERNAL_TOKEN_KEYS"])


def test_the_api_processes_leave_the_workers_to_their_worker_process() -> None:
    for service in SERVICE_NAMES:
        (api,) = _processes(service, "serve")
        assert api["environment"]["RUN_WORKERS"] == "false"


def test_each_worker_publishes_the_health_server_it_listens_on() -> None:
    for service in SERVICE_NAMES:
        (worker,) = _processes(service, "worker")
        (published,) = worker["ports"]
        assert published.rsplit(":", 1)[1] == worker["environment"]["HEALTH_PORT"], service
        assert worker["command"][-2:] == ["--host", "0.0.0.0"], f"{service}: reachable from outside its container"


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


def _commented_kafka_security() -> dict[str, str]:
    """The settings compose shows, commented, for a production broker (SASL/SCRAM over TLS)."""
    text = (Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text()
    shown = re.findall(r"^\s*# (KAFKA_(?:SECURITY|SASL|SSL)_\w+): (\S+)", text, re.M)
    return dict(shown)


async def test_the_production_kafka_example_gives_every_client_scram_over_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    example = _commented_kafka_security()
    assert example["KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL" and example["KAFKA_SASL_MECHANISM"].startswith("SCRAM-")
    for name, value in example.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("KAFKA_SASL_PASSWORD", "from-the-operators-secret")
    monkeypatch.setenv("KAFKA_SSL_CAFILE", certifi.where())  # a CA file this machine has
    monkeypatch.delenv("KAFKA_SSL_CERTFILE")  # no client key here: SCRAM authenticates
    settings = BusSettings(bus_backend="kafka", kafka_bootstrap_servers="kafka:9093")
    options = KafkaSecurity.of(settings).options()
    assert options["security_protocol"] == "SASL_SSL" and options["sasl_mechanism"] == example["KAFKA_SASL_MECHANISM"]
    assert options["sasl_plain_password"] == "from-the-operators-secret"
    assert options["ssl_context"].check_hostname
    AIOKafkaProducer(bootstrap_servers="kafka:9093", **options)  # aiokafka takes them as they are

    monkeypatch.delenv("KAFKA_SASL_PASSWORD")
    with pytest.raises(ValidationError, match="KAFKA_SASL_PASSWORD"):
        BusSettings(bus_backend="kafka", kafka_bootstrap_servers="kafka:9093")
