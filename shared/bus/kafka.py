"""The Kafka backend (aiokafka): idempotent producer with acks=all; consumers commit by hand."""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import CommitFailedError, IllegalStateError, TopicAlreadyExistsError
from aiokafka.helpers import create_ssl_context
from aiokafka.structs import OffsetAndMetadata

from shared.bus.base import BusMessage, EventBus, ReceivedMessage, Subscription
from shared.settings import BusSettings, KafkaProtocol, ScramMechanism

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class KafkaSecurity:
    """How every client of the bus authenticates (SASL/SCRAM) and encrypts (TLS, with a client
    certificate for mutual TLS); the default, PLAINTEXT, is for a local broker only."""

    protocol: KafkaProtocol = KafkaProtocol.plaintext
    mechanism: ScramMechanism = ScramMechanism.sha512
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    cafile: str | None = None
    certfile: str | None = None
    keyfile: str | None = None

    @classmethod
    def of(cls, settings: BusSettings) -> "KafkaSecurity":
        """The security the settings name (KAFKA_SECURITY_PROTOCOL and the rest)."""
        password = settings.kafka_sasl_password
        return cls(
            protocol=settings.kafka_security_protocol,
            mechanism=settings.kafka_sasl_mechanism,
            username=settings.kafka_sasl_username,
            password=password.get_secret_value() if password else None,
            cafile=settings.kafka_ssl_cafile,
            certfile=settings.kafka_ssl_certfile,
            keyfile=settings.kafka_ssl_keyfile,
        )

    def options(self) -> dict[str, Any]:
        """The keyword arguments every aiokafka client (producer, consumer, admin) takes for it."""
        options: dict[str, Any] = {"security_protocol": self.protocol.value}
        if self.protocol in (KafkaProtocol.sasl_plaintext, KafkaProtocol.sasl_ssl):
            options |= {
                "sasl_mechanism": self.mechanism.value,
                "sasl_plain_username": self.username,
                "sasl_plain_password": self.password,
            }
        if self.protocol in (KafkaProtocol.ssl, KafkaProtocol.sasl_ssl):
            # Certificates checked against the CAs given (else the system's), host names included.
            options["ssl_context"] = create_ssl_context(
                cafile=self.cafile, certfile=self.certfile, keyfile=self.keyfile
            )
        return options


class KafkaBus(EventBus):
    """A Kafka cluster at `bootstrap_servers`, reached with `security`."""

    def __init__(
        self,
        bootstrap_servers: str,
        *,
        partitions: int = 6,
        replication_factor: int = 1,
        security: KafkaSecurity | None = None,
    ) -> None:
        self.bootstrap_servers = bootstrap_servers
        self.partitions = partitions
        self.replication_factor = replication_factor
        self.security = security or KafkaSecurity()
        self._producer: AIOKafkaProducer | None = None
        self._admin: AIOKafkaAdminClient | None = None

    async def start(self) -> None:
        if self._producer is not None:
            return
        self._admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap_servers, **self.security.options())
        await self._admin.start()
        # Idempotence keeps per-partition order and drops the broker-side duplicates of retries.
        self._producer = AIOKafkaProducer(
            bootstrap_servers=self.bootstrap_servers,
            **self.security.options(),
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
        return KafkaSubscription(self.bootstrap_servers, group_id=group_id, topics=list(topics), security=self.security)

    async def lag(self, *, group_id: str, topics: Sequence[str]) -> int:
        return sum((await self.partition_lag(group_id=group_id, topics=topics)).values())

    async def partition_lag(self, *, group_id: str, topics: Sequence[str]) -> dict[tuple[str, int], int]:
        retained = await self.retained_offsets(topics)
        if not retained:
            return {}
        assert self._admin is not None
        committed = await self._admin.list_consumer_group_offsets(
            group_id, partitions=[TopicPartition(topic, partition) for topic, partition in retained]
        )
        lag = {}
        for (topic, partition), (start, end) in retained.items():
            position = committed.get(TopicPartition(topic, partition))
            lag[(topic, partition)] = end - (
                position.offset if position is not None and position.offset >= 0 else start
            )
        return lag

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

    @contextlib.asynccontextmanager
    async def _assigned(
        self, partitions: Sequence[TopicPartition], *, group_id: str | None = None
    ) -> AsyncIterator[AIOKafkaConsumer]:
        """A consumer of `partitions` that reads their offsets (and, given a group, commits the group's)."""
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap_servers,
            **self.security.options(),
            group_id=group_id,
            enable_auto_commit=False,
        )
        await consumer.start()
        try:
            consumer.assign(list(partitions))
            yield consumer
        finally:
            await consumer.stop()

    async def reset_group(self, *, group_id: str, topics: Sequence[str], to_time: datetime | None) -> None:
        if to_time is None:
            targets = {partition: start for partition, (start, _) in (await self.retained_offsets(topics)).items()}
        else:
            targets = await self.offsets_at(topics, to_time)
        await self.move_group(group_id=group_id, positions=targets)

    async def move_group(self, *, group_id: str, positions: Mapping[tuple[str, int], int]) -> None:
        """Commit the group's position in each (topic, partition) given: reset_group, one partition at
        a time. The group must have no running members."""
        if not positions:
            return
        targets = {TopicPartition(topic, partition): offset for (topic, partition), offset in positions.items()}
        async with self._assigned(list(targets), group_id=group_id) as consumer:
            await consumer.commit({tp: OffsetAndMetadata(offset, "") for tp, offset in targets.items()})

    async def retained_offsets(self, topics: Sequence[str]) -> dict[tuple[str, int], tuple[int, int]]:
        """Each partition's earliest retained offset and its end (the offset its next message takes)."""
        partitions = await self._partitions(topics)
        if not partitions:
            return {}
        async with self._assigned(partitions) as consumer:
            starts, ends = await consumer.beginning_offsets(partitions), await consumer.end_offsets(partitions)
        return {(p.topic, p.partition): (starts[p], ends[p]) for p in partitions}

    async def offsets_at(self, topics: Sequence[str], at: datetime) -> dict[tuple[str, int], int]:
        """Each partition's first offset at or after a time (its end when nothing is that recent)."""
        partitions = await self._partitions(topics)
        if not partitions:
            return {}
        async with self._assigned(partitions) as consumer:
            found = await consumer.offsets_for_times({tp: int(at.timestamp() * 1000) for tp in partitions})
            ends = await consumer.end_offsets(partitions)
        return {(tp.topic, tp.partition): (f.offset if f is not None else ends[tp]) for tp, f in found.items()}


class KafkaSubscription(Subscription):
    """One consumer-group member; offsets are committed only when the caller says so."""

    def __init__(
        self, bootstrap_servers: str, *, group_id: str, topics: list[str], security: KafkaSecurity | None = None
    ) -> None:
        self.group_id = group_id
        self._consumer = AIOKafkaConsumer(
            *topics,
            bootstrap_servers=bootstrap_servers,
            **(security or KafkaSecurity()).options(),
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
