"""The bus contract both backends keep (tests/shared/bus/test_contract.py runs on each).

- publish() returns only when every message is durably stored, in order per key;
- a subscription belongs to a consumer group; each group has its own committed positions;
- delivery is at least once: what a group has not committed is delivered again;
- a group can be reset to the beginning or to a time, to replay.
"""

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class BusMessage:
    """A message to publish."""

    topic: str
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]
    timestamp_ms: int | None = None


@dataclass(frozen=True, slots=True)
class ReceivedMessage:
    """A message as delivered, with its position in the log."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    headers: list[tuple[str, bytes]]
    timestamp_ms: int


class Subscription(ABC):
    """A consumer-group member reading some topics."""

    @abstractmethod
    async def start(self) -> None: ...

    @abstractmethod
    async def stop(self) -> None: ...

    @abstractmethod
    async def poll(self, *, max_records: int, timeout_seconds: float) -> list[ReceivedMessage]:
        """The next messages, in log order per partition; empty after the timeout."""

    @abstractmethod
    async def commit(self, messages: Sequence[ReceivedMessage]) -> None:
        """Mark these messages (and all before them in their partitions) as done for the group."""

    @abstractmethod
    async def rewind(self, messages: Sequence[ReceivedMessage]) -> None:
        """Deliver these messages again: move each partition back to the first of them."""


class EventBus(ABC):
    """Publishes messages and hands out subscriptions."""

    @abstractmethod
    async def start(self) -> None: ...

    @abstractmethod
    async def stop(self) -> None: ...

    @abstractmethod
    async def ensure_topics(self, topics: Sequence[str]) -> None:
        """Create the topics that do not exist yet."""

    @abstractmethod
    async def publish(self, messages: Sequence[BusMessage]) -> None:
        """Store every message durably; per key, in the order given."""

    @abstractmethod
    def subscribe(self, *, group_id: str, topics: Sequence[str]) -> Subscription:
        """A new member of `group_id` reading `topics` from the group's committed positions."""

    @abstractmethod
    async def reset_group(self, *, group_id: str, topics: Sequence[str], to_time: datetime | None) -> None:
        """Move the group's positions to the beginning (None) or to the first message at or after a time.

        The group must have no running members (as with Kafka's own offset reset)."""

    @abstractmethod
    async def lag(self, *, group_id: str, topics: Sequence[str]) -> int:
        """How many messages of `topics` the group has not committed yet (0: it has caught up)."""

    async def partition_lag(self, *, group_id: str, topics: Sequence[str]) -> dict[tuple[str, int], int]:
        """The group's lag per (topic, partition); here a topic is one partition, as in the embedded log."""
        return {(topic, 0): await self.lag(group_id=group_id, topics=[topic]) for topic in topics}

    async def ping(self) -> None:  # noqa: B027  (optional: the embedded log is a file and is always there)
        """Raise when the bus cannot be reached (used by /readyz)."""
