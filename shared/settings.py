"""Process settings, read from the environment (names match docker-compose.yml)."""

from datetime import date
from enum import StrEnum

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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


class BusSettings(BaseSettings):
    """Where the event bus is. BUS_BACKEND has no default: a deployment must choose."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    bus_backend: BusBackend = Field(description="kafka (production) or embedded (one machine)")
    kafka_bootstrap_servers: str | None = Field(default=None, description="host:port[,host:port]")
    embedded_log_path: str | None = Field(default=None, description="SQLite file of the embedded log")
    topic_partitions: int = Field(default=6, ge=1)

    @model_validator(mode="after")
    def _bus_is_reachable(self) -> "BusSettings":
        if self.bus_backend is BusBackend.kafka and not self.kafka_bootstrap_servers:
            raise ValueError("KAFKA_BOOTSTRAP_SERVERS is required when BUS_BACKEND=kafka")
        if self.bus_backend is BusBackend.embedded and not self.embedded_log_path:
            raise ValueError("EMBEDDED_LOG_PATH is required when BUS_BACKEND=embedded")
        return self


class ServiceSettings(BusSettings):
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
