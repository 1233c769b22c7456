"""The committed event schemas and AsyncAPI document are what the code generates."""

import yaml

from services.registry import SERVICE_NAMES, load_service
from shared.events.catalogue import STREAMS
from shared.events.documents import ASYNCAPI_PATH, write_documents


def test_committed_documents_match_the_code() -> None:
    stale = write_documents([load_service(name) for name in SERVICE_NAMES], check=True)
    assert stale == [], f"run `make schemas` and commit: {stale}"


def test_the_asyncapi_document_names_every_topic_and_message() -> None:
    document = yaml.safe_load(ASYNCAPI_PATH.read_text())
    assert document["asyncapi"] == "3.0.0"
    addresses = {channel["address"] for channel in document["channels"].values()}
    for stream in STREAMS:
        assert {stream.topic, stream.dead_letter_topic} <= addresses
        for payload in stream.events:
            message = document["components"]["messages"][payload.__name__]
            assert message["name"] == payload.event_type
            assert payload.__name__ in document["components"]["schemas"]
