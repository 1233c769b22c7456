"""Reading from a subscription until enough has arrived."""

import time

from shared.bus.base import BusMessage, ReceivedMessage, Subscription


def message(topic: str, key: str, value: str, *, timestamp_ms: int | None = None) -> BusMessage:
    return BusMessage(
        topic=topic, key=key.encode(), value=value.encode(), headers=[("h", b"v")], timestamp_ms=timestamp_ms
    )


async def receive(subscription: Subscription, count: int, *, timeout_seconds: float = 30) -> list[ReceivedMessage]:
    """Poll until `count` messages arrived (fails after the timeout), then check nothing more comes."""
    received: list[ReceivedMessage] = []
    deadline = time.monotonic() + timeout_seconds
    while len(received) < count:
        assert time.monotonic() < deadline, f"received {len(received)} of {count} messages"
        received += await subscription.poll(max_records=500, timeout_seconds=0.5)
    received += await subscription.poll(max_records=500, timeout_seconds=0.5)
    return received
