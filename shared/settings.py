"""Process settings, read from the environment (names match docker-compose.yml)."""

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from shared.internal_credentials import InternalKey, parse_keys


class BusBackend(StrEnum):
    kafka = "kafka"
    embedded = "embedded"


class LogFormat(StrEnum):
    json = "json"
    console = "console"


class LogSettings(BaseSettings):
    """How a process logs (shared/logging.py) and where it sends its traces (shared/tracing.py)."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR")
    log_format: LogFormat = Field(default=LogFormat.json, description="json: one object a line; console: a terminal")
    otel_exporter_otlp_endpoint: str | None = Field(
        default=None, description="OTLP/HTTP collector (http://host:4318); unset: traces are not exported"
    )


class KafkaProtocol(StrEnum):
    plaintext = "PLAINTEXT"
    ssl = "SSL"
    sasl_plaintext = "SASL_PLAINTEXT"
    sasl_ssl = "SASL_SSL"


class ScramMechanism(StrEnum):
    sha256 = "SCRAM-SHA-256"
    sha512 = "SCRAM-SHA-512"


class BusSettings(BaseSettings):
    """Where the event bus is. BUS_BACKEND has no default: a deployment must choose."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    bus_backend: BusBackend = Field(description="kafka (production) or embedded (one machine)")
    kafka_bootstrap_servers: str | None = Field(default=None, description="host:port[,host:port]")
    # How the Kafka clients authenticate and encrypt (docs/security.md): production is SASL_SSL.
    kafka_security_protocol: KafkaProtocol = Field(
        default=KafkaProtocol.plaintext, description="PLAINTEXT (a local broker), SSL, SASL_PLAINTEXT or SASL_SSL"
    )
    kafka_sasl_mechanism: ScramMechanism = Field(
        default=ScramMechanism.sha512, description="SCRAM-SHA-256 or SCRAM-SHA-512, with the SASL protocols"
    )
    kafka_sasl_username: str | None = Field(default=None, description="the SCRAM user (SASL protocols)")
    kafka_sasl_password: SecretStr | None = Field(default=None, description="secret: the SCRAM user's password")
    kafka_ssl_cafile: str | None = Field(default=None, description="PEM of the CAs the brokers' certificates chain to")
    kafka_ssl_certfile: str | None = Field(default=None, description="PEM of this client's certificate (mutual TLS)")
    kafka_ssl_keyfile: str | None = Field(default=None, description="PEM of this client's private key (mutual TLS)")
    embedded_log_path: str | None = Field(default=None, description="SQLite file of the embedded log")
    topic_partitions: int = Field(default=6, ge=1)

    @model_validator(mode="after")
    def _bus_is_reachable(self) -> "BusSettings":
        if self.bus_backend is BusBackend.kafka and not self.kafka_bootstrap_servers:
            raise ValueError("KAFKA_BOOTSTRAP_SERVERS is required when BUS_BACKEND=kafka")
        if self.bus_backend is BusBackend.embedded and not self.embedded_log_path:
            raise ValueError("EMBEDDED_LOG_PATH is required when BUS_BACKEND=embedded")
        sasl = self.kafka_security_protocol in (KafkaProtocol.sasl_plaintext, KafkaProtocol.sasl_ssl)
        if sasl and not (self.kafka_sasl_username and self.kafka_sasl_password):
            raise ValueError(
                f"KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required with {self.kafka_security_protocol}"
            )
        return self


class InternalCredentialSettings(BaseSettings):
    """The keys of the internal credential (shared/internal_credentials.py), which every service
    verifies and the gateway and the command line sign with."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    internal_token_keys: Annotated[tuple[InternalKey, ...], NoDecode] = Field(
        default=(),
        description=(
            "secret: kid:key[,kid:key…]; the first signs, all verify. Unset: a service refuses every call "
            "but its health, readiness, metrics and documentation"
        ),
    )

    @field_validator("internal_token_keys", mode="before")
    @classmethod
    def _parsed(cls, value: Any) -> Any:
        return parse_keys(value) if isinstance(value, str) else value


class ServiceSettings(BusSettings, InternalCredentialSettings):
    """What every service process needs: its own database and the bus.

    DATABASE_URL has no default on purpose: a deployment must say where its data lives.
    `labourlink run` supplies the embedded default (SQLite files and the embedded log).
    """

    database_url: str = Field(description="SQLAlchemy async URL of the service's own database")
    outbox_retention_days: int = Field(
        default=7, ge=1, description="published events are kept this long for re-emission"
    )
    consumer_max_attempts: int = Field(default=5, ge=1)
    consumer_backoff_seconds: float = Field(default=0.05, gt=0)
    run_workers: bool = Field(default=True, description="run the outbox relay and consumer in the API process")
    today: date | None = Field(default=None, description="act as of this date (replays and tests); unset: the UTC date")
    periodic_interval_seconds: float = Field(default=3600, gt=0, description="how often the workers run scheduled work")
    health_port: int | None = Field(
        default=None,
        ge=1,
        le=65535,
        description="`labourlink worker`: serve /healthz, /readyz and /metrics on this port; unset: no HTTP at all",
    )
