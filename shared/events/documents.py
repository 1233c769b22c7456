"""Generated contract documents: one JSON Schema per event type (schemas/events/) and the
AsyncAPI 3 document of every topic, message and consumer (docs/asyncapi.yaml).

Both are committed; tests/shared/events/test_documents.py fails when they differ from what
the code generates, so a payload change cannot slip past review.
"""

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic.json_schema import models_json_schema

from shared.events.catalogue import STREAMS, EventStream
from shared.events.envelope import EventPayload
from shared.service import ServiceDefinition

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = REPO_ROOT / "schemas" / "events"
ASYNCAPI_PATH = REPO_ROOT / "docs" / "asyncapi.yaml"

_CE_HEADERS = {
    "type": "object",
    "description": "CloudEvents 1.0 attributes in Kafka binary content mode.",
    "required": ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type"],
    "properties": {
        "ce_specversion": {"type": "string", "const": "1.0"},
        "ce_id": {"type": "string", "description": "unique event id; consumers deduplicate on it"},
        "ce_source": {"type": "string", "description": "/labourlink/<service>"},
        "ce_type": {"type": "string", "description": "versioned event type"},
        "ce_subject": {"type": "string", "description": "the person the event is about (also the message key)"},
        "ce_time": {"type": "string", "format": "date-time"},
        "ce_dataschema": {"type": "string", "format": "uri"},
        "ce_traceparent": {
            "type": "string",
            "description": "W3C trace context of the request that caused the event (CloudEvents distributed tracing)",
        },
        "content-type": {"type": "string", "const": "application/json"},
    },
}
_DLQ_HEADERS = {
    "type": "object",
    "description": "The original CloudEvents headers plus why the consumer gave up.",
    "properties": {
        "dlq_error": {"type": "string"},
        "dlq_consumer_group": {"type": "string"},
        "dlq_attempts": {"type": "string"},
        "dlq_original_topic": {"type": "string"},
        "dlq_original_partition": {"type": "string"},
        "dlq_original_offset": {"type": "string"},
    },
}


def event_schema(payload: type[EventPayload]) -> dict[str, Any]:
    """The standalone JSON Schema of one event type's data."""
    schema = payload.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": payload.schema_url(), **schema}


def _camel(name: str) -> str:
    head, *rest = name.replace("-", "_").split("_")
    return head + "".join(part.title() for part in rest)


def asyncapi_document(
    definitions: Sequence[ServiceDefinition], streams: Sequence[EventStream] = STREAMS
) -> dict[str, Any]:
    """The AsyncAPI 3.0 document of the streams and of who consumes what."""
    payloads = [p for s in streams for p in s.events]
    _, top = models_json_schema([(p, "validation") for p in payloads], ref_template="#/components/schemas/{model}")
    schemas: dict[str, Any] = {
        "CloudEventHeaders": _CE_HEADERS,
        "DeadLetterHeaders": _DLQ_HEADERS,
        **top.get("$defs", {}),
    }
    messages: dict[str, Any] = {}
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    for stream in streams:
        channel = _camel(stream.service)
        channel_messages = {p.__name__: {"$ref": f"#/components/messages/{p.__name__}"} for p in stream.events}
        for p in stream.events:
            messages[p.__name__] = {
                "name": p.event_type,
                "title": p.__name__,
                "summary": (p.__doc__ or "").strip().splitlines()[0] if p.__doc__ else p.__name__,
                "contentType": "application/json",
                "headers": {"$ref": "#/components/schemas/CloudEventHeaders"},
                "payload": {"$ref": f"#/components/schemas/{p.__name__}"},
                "bindings": {"kafka": {"key": {"type": "string", "description": "the person (ce_subject)"}}},
            }
        channels[channel] = {"address": stream.topic, "description": stream.description, "messages": channel_messages}
        channels[channel + "DeadLetters"] = {
            "address": stream.dead_letter_topic,
            "description": f"Events of {stream.topic} a consumer could not handle after its retries.",
            "messages": {"deadLetter": {"$ref": "#/components/messages/DeadLetter"}},
        }
        operations[f"{channel}Publishes"] = {
            "action": "send",
            "summary": f"The {stream.service} service publishes its events through its outbox relay.",
            "channel": {"$ref": f"#/channels/{channel}"},
            "messages": [{"$ref": f"#/channels/{channel}/messages/{name}"} for name in channel_messages],
        }
        for definition in definitions:
            consumed = [p.__name__ for p in stream.events if p.event_type in definition.handlers]
            if consumed:
                operations[f"{_camel(definition.name)}Consumes{channel[0].upper()}{channel[1:]}"] = {
                    "action": "receive",
                    "summary": f"Consumer group {definition.consumer_group}, through its inbox.",
                    "channel": {"$ref": f"#/channels/{channel}"},
                    "messages": [{"$ref": f"#/channels/{channel}/messages/{name}"} for name in consumed],
                }
    messages["DeadLetter"] = {
        "name": "dead-letter",
        "summary": "An event as it was received, with the consumer's error.",
        "headers": {"$ref": "#/components/schemas/DeadLetterHeaders"},
        "payload": {"type": "object"},
    }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "LabourLink events",
            "version": "1",
            "description": (
                "Events the LabourLink services publish to each other. Every topic is keyed by "
                "the person, so one person's events from a service arrive in order."
            ),
        },
        "defaultContentType": "application/json",
        "servers": {"kafka": {"host": "kafka:9092", "protocol": "kafka", "description": "Apache Kafka (KRaft)"}},
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def event_catalogue(document: dict[str, Any]) -> str:
    """The operators' event catalogue (Markdown), read from the AsyncAPI document."""
    messages, schemas = document["components"]["messages"], document["components"]["schemas"]
    lines = [
        "# Event catalogue",
        "",
        "Generated from `docs/asyncapi.yaml` by `labourlink schemas`; do not edit.",
        "Every event is a CloudEvent (binary mode on Kafka: `ce_*` headers, JSON payload), keyed by its subject.",
        "",
    ]
    for name, channel in document["channels"].items():
        if name.endswith("DeadLetters"):
            continue
        consumers: dict[str, list[str]] = {}
        for operation in document["operations"].values():
            if operation["action"] == "receive" and operation["channel"]["$ref"] == f"#/channels/{name}":
                group = operation["summary"].split(",")[0].removeprefix("Consumer group ")
                for reference in operation["messages"]:
                    consumers.setdefault(reference["$ref"].rsplit("/", 1)[-1], []).append(f"`{group}`")
        lines += [
            f"## `{channel['address']}`",
            "",
            channel["description"],
            "",
            f"Dead letters: `{channel['address']}.dlq`.",
            "",
            "| event type | what happened | payload fields | consumed by |",
            "|---|---|---|---|",
        ]
        for message_name in channel["messages"]:
            message = messages[message_name]
            fields = ", ".join(f"`{field}`" for field in schemas[message_name].get("properties", {}))
            lines.append(
                f"| `{message['name']}` | {message['summary']} | {fields} "
                f"| {', '.join(consumers.get(message_name, ['—']))} |"
            )
        lines.append("")
    return "\n".join(lines)


def rendered_documents(definitions: Sequence[ServiceDefinition]) -> dict[Path, str]:
    """Every generated file and its text."""
    files = {
        SCHEMA_DIR / f"{p.event_type}.json": json.dumps(event_schema(p), indent=2, ensure_ascii=False) + "\n"
        for s in STREAMS
        for p in s.events
    }
    document = asyncapi_document(definitions)
    files[ASYNCAPI_PATH] = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    files[ASYNCAPI_PATH.parent / "event-catalogue.md"] = event_catalogue(document)
    return files


def write_documents(definitions: Sequence[ServiceDefinition], *, check: bool = False) -> list[Path]:
    """Write (or with `check`, only compare) the documents; returns the files that differ."""
    files = rendered_documents(definitions)
    stale = [p for p in SCHEMA_DIR.glob("*.json") if p not in files] if SCHEMA_DIR.exists() else []
    changed = [path for path, text in files.items() if not path.exists() or path.read_text() != text] + stale
    if not check:
        for path in changed:
            if path in files:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(files[path])
            else:
                path.unlink()
    return changed
