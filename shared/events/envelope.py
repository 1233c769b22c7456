"""CloudEvents 1.0 envelope, carried on the bus in Kafka's binary content mode.

Binary mode: the attributes travel as `ce_*` headers, `datacontenttype` as `content-type`,
the data (JSON) is the message value and the partition key (the person) is the message key.
Files of events (NDJSON) use the structured JSON format, one event a line.

`traceparent` is the CloudEvents distributed-tracing extension: the W3C trace context of the work
that recorded the event, kept in the outbox and sent as `ce_traceparent`, so the consumer's
handling continues that trace (shared/tracing.py).
"""

import re
from datetime import UTC, datetime
from typing import Any, ClassVar, Literal
from uuid import NAMESPACE_URL, uuid4, uuid5

import orjson
from pydantic import BaseModel, ConfigDict, Field, field_validator

from shared.bus.base import BusMessage

JSON_CONTENT_TYPE = "application/json"
SCHEMA_BASE = "https://labourlink.example/schemas/events/"
_TRACEPARENT = re.compile(r"^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
_CAUSED_EVENTS = uuid5(NAMESPACE_URL, "https://labourlink.example/events/caused-by")


def new_event_id() -> str:
    """A fresh id: the event of a partner's call or a scheduled job, which nothing will record again."""
    return str(uuid4())


def caused_event_id(*, cause: str, event_type: str, position: int) -> str:
    """The id of the `position`-th event of `event_type` recorded while applying event `cause`.

    Derived, not random: a service that applies the same event again (its database restored from a
    backup) records the same ids, and every downstream inbox takes them for the events it has."""
    return str(uuid5(_CAUSED_EVENTS, f"{cause}/{event_type}/{position}"))


class EventPayload(BaseModel):
    """Base of every event's data. Subclasses are named in the past tense and set `event_type`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    event_type: ClassVar[str]

    @classmethod
    def schema_url(cls) -> str:
        return f"{SCHEMA_BASE}{cls.event_type}.json"


class CloudEvent(BaseModel):
    """One event with its CloudEvents 1.0 context attributes."""

    model_config = ConfigDict(frozen=True)

    specversion: Literal["1.0"] = "1.0"
    id: str = Field(default_factory=new_event_id)
    source: str
    type: str
    subject: str | None = None
    time: datetime = Field(default_factory=lambda: datetime.now(UTC))
    datacontenttype: str = JSON_CONTENT_TYPE
    dataschema: str | None = None
    data: dict[str, Any]
    traceparent: str | None = None

    @field_validator("traceparent", mode="before")
    @classmethod
    def _trace_or_none(cls, value: object) -> object:
        # A malformed trace context starts a new trace; it never costs the event its delivery.
        return value if isinstance(value, str) and _TRACEPARENT.match(value) else None

    @classmethod
    def of(cls, payload: EventPayload, *, source: str, subject: str, **attrs: Any) -> "CloudEvent":
        """Wrap a payload in an envelope."""
        return cls(
            source=source,
            type=payload.event_type,
            subject=subject,
            dataschema=payload.schema_url(),
            data=payload.model_dump(mode="json"),
            **attrs,
        )

    def to_bus_message(self, topic: str) -> BusMessage:
        """Binary content mode: attributes as ce_* headers, data as the JSON value, subject as key."""
        headers = [
            ("ce_specversion", self.specversion.encode()),
            ("ce_id", self.id.encode()),
            ("ce_source", self.source.encode()),
            ("ce_type", self.type.encode()),
            ("ce_time", _format_time(self.time).encode()),
            ("content-type", self.datacontenttype.encode()),
        ]
        if self.subject is not None:
            headers.append(("ce_subject", self.subject.encode()))
        if self.dataschema is not None:
            headers.append(("ce_dataschema", self.dataschema.encode()))
        if self.traceparent is not None:
            headers.append(("ce_traceparent", self.traceparent.encode()))
        return BusMessage(
            topic=topic,
            key=self.subject.encode() if self.subject is not None else None,
            value=orjson.dumps(self.data),
            headers=headers,
            timestamp_ms=int(self.time.timestamp() * 1000),
        )

    @classmethod
    def from_bus_message(cls, *, value: bytes, headers: list[tuple[str, bytes]]) -> "CloudEvent":
        """Read an event from binary content mode; raises ValueError when it is not a CloudEvent."""
        attrs = {name: raw.decode() for name, raw in headers}
        try:
            return cls(
                specversion=attrs["ce_specversion"],
                id=attrs["ce_id"],
                source=attrs["ce_source"],
                type=attrs["ce_type"],
                subject=attrs.get("ce_subject"),
                time=attrs["ce_time"],
                datacontenttype=attrs.get("content-type", JSON_CONTENT_TYPE),
                dataschema=attrs.get("ce_dataschema"),
                data=orjson.loads(value),
                traceparent=attrs.get("ce_traceparent"),
            )
        except KeyError as missing:
            raise ValueError(f"not a CloudEvent: header {missing} is missing") from None
        except orjson.JSONDecodeError as error:
            raise ValueError(f"event data is not JSON: {error}") from None

    def to_json_line(self) -> bytes:
        """Structured mode, one line of NDJSON."""
        return orjson.dumps(self.model_dump(mode="json", exclude_none=True))

    @classmethod
    def from_json_line(cls, line: bytes | str) -> "CloudEvent":
        """Parse one structured-mode line."""
        return cls.model_validate(orjson.loads(line))


def _format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
