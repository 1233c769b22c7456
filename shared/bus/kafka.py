"""The Kafka backend (aiokafka): idempotent producer with acks=all; consumers commit by hand."""

import asyncio
import contextlib
from collections.abc import Sequence
from datetime import datetime

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import CommitFailedError, IllegalStateError, TopicAlreadyExistsError
from aiokafka.structs import OffsetAndMetadata

from shared.bus.base import BusMessage, EventBus, ReceivedMessage, Subscription

log = structlog.get_logger(__name__)


class KafkaBus(EventBus):
    """A Kafka cluster at `bootstrap_servers`."""

    def __init__(self, bootstrap_servers: str, *, partitions: int = 6, replication_factor: int = 1) -> None:
        self.bootstrap_servers = bootstrap_servers
        self.partitions = partitions
        self.replication_factor = replication_factor
        self._producer: AIOKafkaProducer | None = None
        self._admin: AIOKafkaAdminClient | None = None

    async def start(self) -> None:
        if self._producer is not None:
            return
        self._admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap_servers)
        await self._admin.start()
        # Idempotence keeps per-partition order and drops the broker-side duplicates of retries.
        self._producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap_servers,
            acks="all",
            enable_idempotence=True,
            linger_ms=5,
            max_batch_size=1024 * 1024,
            max_request_size=4 * 1024 * 1024,
        )
        await self._producer.start()

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None
        if self._admin is not None:
            await self._admin.close()
            self._admin = None

    async def ensure_topics(self, topics: Sequence[str]) -> None:
        assert self._admin is not None, "start() the bus first"
        existing = set(await self._admin.list_topics())
        missing = [t for t in dict.fromkeys(topics) if t not in existing]
        if not missing:
            return
        with contextlib.suppress(TopicAlreadyExistsError):  # another process created it first
            await self._admin.create_topics(
                [
                    NewTopic(t, num_partitions=self.partitions, replication_factor=self.replication_factor)
                    for t in missing
                ]
            )

    async def ping(self) -> None:
        assert self._admin is not None, "start() the bus first"
        await self._admin.list_topics()

    async def publish(self, messages: Sequence[BusMessage]) -> None:
        assert self._producer is not None, "start() the bus first"
        pending = [
            await self._producer.send(m.topic, value=m.value, key=m.key, headers=m.headers, timestamp_ms=m.timestamp_ms)
            for m in messages
        ]
        await asyncio.gather(*pending)

    def subscribe(self, *, group_id: str, topics: Sequence[str]) -> Subscription:
        return KafkaSubscription(self.bootstrap_servers, group_id=group_id, topics=list(topics))

    async def lag(self, *, group_id: str, topics: Sequence[str]) -> int:
        return sum((await self.partition_lag(group_id=group_id, topics=topics)).values())

    async def partition_lag(self, *, group_id: str, topics: Sequence[str]) -> dict[tuple[str, int], int]:
        partitions = await self._partitions(topics)
        if not partitions:
            return {}
        assert self._admin is not None
        offsets = AIOKafkaConsumer(bootstrap_servers=self.bootstrap_servers)
        await offsets.start()
        try:
            committed = await self._admin.list_consumer_group_offsets(group_id, partitions=partitions)
            starts, ends = await offsets.beginning_offsets(partitions), await offsets.end_offsets(partitions)
            return {
                (p.topic, p.partition): ends[p]
                - (committed[p].offset if p in committed and committed[p].offset >= 0 else starts[p])
                for p in partitions
            }
        finally:
            await offsets.stop()

    async def _partitions(self, topics: Sequence[str]) -> list[TopicPartition]:
        """Every partition of the topics that exist, as the brokers describe them now (a consumer's
        cached metadata may not know a topic created a moment ago)."""
        assert self._admin is not None, "start() the bus first"
        described = await self._admin.describe_topics(list(topics))
        return [
            TopicPartition(d["topic"], p["partition"])
            for d in described
            if d["error_code"] == 0
            for p in d["partitions"]
        ]

    async def reset_group(self, *, group_id: str, topics: Sequence[str], to_time: datetime | None) -> None:
        partitions = await self._partitions(topics)
        if not partitions:
            return
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap_servers, group_id=group_id, enable_auto_commit=False
        )
        await consumer.start()
        try:
            consumer.assign(partitions)
            if to_time is None:
                targets = await consumer.beginning_offsets(partitions)
            else:
                at = await consumer.offsets_for_times({tp: int(to_time.timestamp() * 1000) for tp in partitions})
                ends = await consumer.end_offsets(partitions)
                targets = {tp: (found.offset if found is not None else ends[tp]) for tp, found in at.items()}
            await consumer.commit({tp: OffsetAndMetadata(offset, "") for tp, offset in targets.items()})
        finally:
            await consumer.stop()


class KafkaSubscription(Subscription):
    """One consumer-group member; offsets are committed only when the caller says so."""

    def __init__(self, bootstrap_servers: str, *, group_id: str, topics: list[str]) -> None:
        self.group_id = group_id
        self._consumer = AIOKafkaConsumer(
            *topics,
            bootstrap_servers=bootstrap_servers,
            group_id=group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_partition_fetch_bytes=4 * 1024 * 1024,
            session_timeout_ms=10_000,
            heartbeat_interval_ms=2_000,
        )

    async def start(self) -> None:
        await self._consumer.start()

    async def stop(self) -> None:
        await self._consumer.stop()

    async def poll(self, *, max_records: int, timeout_seconds: float) -> list[ReceivedMessage]:
        batches = await self._consumer.getmany(timeout_ms=int(timeout_seconds * 1000), max_records=max_records)
        return [
            ReceivedMessage(
                topic=r.topic,
                partition=r.partition,
                offset=r.offset,
                key=r.key,
                value=r.value,
                headers=list(r.headers),
                timestamp_ms=r.timestamp,
            )
            for records in batches.values()
            for r in records
        ]

    async def commit(self, messages: Sequence[ReceivedMessage]) -> None:
        offsets: dict[TopicPartition, int] = {}
        for m in messages:
            tp = TopicPartition(m.topic, m.partition)
            offsets[tp] = max(offsets.get(tp, 0), m.offset + 1)
        if not offsets:
            return
        try:
            await self._consumer.commit({tp: OffsetAndMetadata(o, "") for tp, o in offsets.items()})
        except (CommitFailedError, IllegalStateError) as error:
            # A rebalance took the partitions away; their new owner gets these messages again
            # and the inbox turns the redelivery into a no-op.
            log.warning("offset commit lost to a rebalance", group=self.group_id, error=str(error))

    async def rewind(self, messages: Sequence[ReceivedMessage]) -> None:
        first: dict[TopicPartition, int] = {}
        for m in messages:
            tp = TopicPartition(m.topic, m.partition)
            first[tp] = min(first.get(tp, m.offset), m.offset)
        assigned = self._consumer.assignment()
        for tp, offset in first.items():
            if tp in assigned:
                self._consumer.seek(tp, offset)
