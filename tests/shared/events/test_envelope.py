"""The CloudEvents envelope in Kafka binary mode and as NDJSON."""

from datetime import UTC, datetime

import pytest

from shared.events.envelope import CloudEvent, EventPayload


class ThingNoticed(EventPayload):
    """A test event."""

    event_type = "test.thing.noticed.v1"
    person: str


def test_binary_mode_carries_attributes_in_ce_headers_and_data_as_value() -> None:
    event = CloudEvent.of(
        ThingNoticed(person="079123456789"),
        source="/labourlink/test",
        subject="079123456789",
        time=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
    )
    message = event.to_bus_message("topic")
    headers = dict(message.headers)
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_type"] == b"test.thing.noticed.v1"
    assert headers["ce_time"] == b"2026-01-02T03:04:05Z"
    assert headers["content-type"] == b"application/json"
    assert headers["ce_dataschema"] == b"https://labourlink.example/schemas/events/test.thing.noticed.v1.json"
    assert message.key == b"079123456789"
    assert message.value == b'{"person":"079123456789"}'
    assert CloudEvent.from_bus_message(value=message.value, headers=message.headers) == event
    assert CloudEvent.from_json_line(event.to_json_line()) == event


def test_a_message_without_ce_headers_is_not_an_event() -> None:
    with pytest.raises(ValueError, match="ce_id"):
        CloudEvent.from_bus_message(value=b"{}", headers=[("ce_specversion", b"1.0")])
    with pytest.raises(ValueError, match="not JSON"):
        CloudEvent.from_bus_message(
            value=b"{",
            headers=[(n, b"x") for n in ("ce_specversion", "ce_id", "ce_source", "ce_type")]
            + [("ce_time", b"2026-01-01T00:00:00Z")],
        )
