"""The embedded bus: a durable append-only log in one SQLite file (WAL), shared by the
processes of one machine. One partition per topic, so order per key holds trivially; each
consumer group keeps its own committed position per topic; delivery is at least once.

Run one member per consumer group: members of the same group would each read everything
(the inbox absorbs that, but the work is wasted). Kafka is the backend for scaling out.
"""

import asyncio
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import TypeVar

import orjson

from shared.bus.base import BusMessage, EventBus, ReceivedMessage, Subscription

T = TypeVar("T")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    "offset" INTEGER PRIMARY KEY AUTOINCREMENT,
    topic TEXT NOT NULL,
    key BLOB,
    value BLOB NOT NULL,
    headers TEXT NOT NULL,
    timestamp_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS records_by_topic ON records (topic, "offset");
CREATE INDEX IF NOT EXISTS records_by_time ON records (topic, timestamp_ms);
CREATE TABLE IF NOT EXISTS group_offsets (
    group_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    next_offset INTEGER NOT NULL,
    PRIMARY KEY (group_id, topic)
);
"""

_POLL_INTERVAL_SECONDS = 0.02


class EmbeddedBus(EventBus):
    """The log file at `path`; every call runs on one thread that owns the SQLite connection."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._executor: ThreadPoolExecutor | None = None
        self._connection: sqlite3.Connection | None = None

    async def _call(self, function: Callable[..., T], *args: object) -> T:
        assert self._executor is not None, "start() the bus first"
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    @property
    def _db(self) -> sqlite3.Connection:
        assert self._connection is not None
        return self._connection

    async def start(self) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="embedded-log")
            await self._call(self._open)

    def _open(self) -> None:
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")  # an acknowledged publish survives a power cut
        connection.executescript(_SCHEMA)
        self._connection = connection

    async def stop(self) -> None:
        if self._executor is not None:
            await self._call(self._db.close)
            self._executor.shutdown(wait=True)
            self._executor = None
            self._connection = None

    async def ensure_topics(self, topics: Sequence[str]) -> None:
        """Topics need no creation in the embedded log."""

    async def ping(self) -> None:
        await self._call(lambda: self._db.execute("SELECT 1").fetchone())

    async def publish(self, messages: Sequence[BusMessage]) -> None:
        if messages:
            await self._call(self._append, messages)

    def _append(self, messages: Sequence[BusMessage]) -> None:
        now_ms = int(time.time() * 1000)
        rows = [
            (
                m.topic,
                m.key,
                m.value,
                orjson.dumps([[name, value.decode()] for name, value in m.headers]).decode(),
                m.timestamp_ms if m.timestamp_ms is not None else now_ms,
            )
            for m in messages
        ]
        with self._transaction():
            self._db.executemany(
                "INSERT INTO records (topic, key, value, headers, timestamp_ms) VALUES (?, ?, ?, ?, ?)", rows
            )

    def _transaction(self) -> "_Transaction":
        return _Transaction(self._db)

    def subscribe(self, *, group_id: str, topics: Sequence[str]) -> Subscription:
        return EmbeddedSubscription(self, group_id=group_id, topics=list(topics))

    async def reset_group(self, *, group_id: str, topics: Sequence[str], to_time: datetime | None) -> None:
        await self._call(self._reset, group_id, list(topics), to_time)

    def _reset(self, group_id: str, topics: list[str], to_time: datetime | None) -> None:
        with self._transaction():
            for topic in topics:
                if to_time is None:
                    next_offset = 0
                else:
                    (first_after,) = self._db.execute(
                        'SELECT MIN("offset") FROM records WHERE topic = ? AND timestamp_ms >= ?',
                        (topic, int(to_time.timestamp() * 1000)),
                    ).fetchone()
                    if first_after is None:  # nothing that recent: start at the end
                        (last,) = self._db.execute('SELECT COALESCE(MAX("offset"), 0) FROM records').fetchone()
                        first_after = last + 1
                    next_offset = first_after
                self._store_offset(group_id, topic, next_offset)

    def _store_offset(self, group_id: str, topic: str, next_offset: int) -> None:
        self._db.execute(
            "INSERT INTO group_offsets (group_id, topic, next_offset) VALUES (?, ?, ?) "
            "ON CONFLICT (group_id, topic) DO UPDATE SET next_offset = excluded.next_offset",
            (group_id, topic, next_offset),
        )

    async def lag(self, *, group_id: str, topics: Sequence[str]) -> int:
        return await self._call(self._lag, group_id, list(topics))

    def _lag(self, group_id: str, topics: list[str]) -> int:
        behind = 0
        for topic, next_offset in self._committed(group_id, topics).items():
            (count,) = self._db.execute(
                'SELECT COUNT(*) FROM records WHERE topic = ? AND "offset" >= ?', (topic, next_offset)
            ).fetchone()
            behind += count
        return behind

    def _committed(self, group_id: str, topics: list[str]) -> dict[str, int]:
        committed = dict.fromkeys(topics, 0)
        for topic, next_offset in self._db.execute(
            "SELECT topic, next_offset FROM group_offsets "
            f"WHERE group_id = ? AND topic IN ({','.join('?' * len(topics))})",
            (group_id, *topics),
        ):
            committed[topic] = next_offset
        return committed

    def _read(self, positions: dict[str, int], limit: int) -> list[ReceivedMessage]:
        where = " OR ".join('(topic = ? AND "offset" >= ?)' for _ in positions)
        params: list[object] = [item for pair in positions.items() for item in pair]
        rows = self._db.execute(
            f'SELECT "offset", topic, key, value, headers, timestamp_ms FROM records WHERE {where} '
            f'ORDER BY "offset" LIMIT ?',
            (*params, limit),
        ).fetchall()
        return [
            ReceivedMessage(
                topic=topic,
                partition=0,
                offset=offset,
                key=key,
                value=value,
                headers=[(name, text.encode()) for name, text in orjson.loads(headers)],
                timestamp_ms=timestamp_ms,
            )
            for offset, topic, key, value, headers, timestamp_ms in rows
        ]

    def _commit(self, group_id: str, next_offsets: dict[str, int]) -> None:
        with self._transaction():
            for topic, next_offset in next_offsets.items():
                self._store_offset(group_id, topic, next_offset)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, so writers from several processes queue instead of failing."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __enter__(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *_: object) -> None:
        self._connection.execute("ROLLBACK" if exc_type else "COMMIT")


class EmbeddedSubscription(Subscription):
    """A group member: reads from its in-memory positions, commits them to the log file."""

    def __init__(self, bus: EmbeddedBus, *, group_id: str, topics: list[str]) -> None:
        self._bus = bus
        self.group_id = group_id
        self._topics = topics
        self._positions: dict[str, int] = {}

    async def start(self) -> None:
        self._positions = await self._bus._call(self._bus._committed, self.group_id, self._topics)

    async def stop(self) -> None:
        self._positions = {}

    async def poll(self, *, max_records: int, timeout_seconds: float) -> list[ReceivedMessage]:
        deadline = time.monotonic() + timeout_seconds
        while True:
            messages = await self._bus._call(self._bus._read, dict(self._positions), max_records)
            if messages:
                for message in messages:
                    self._positions[message.topic] = message.offset + 1
                return messages
            if time.monotonic() >= deadline:
                return []
            await asyncio.sleep(_POLL_INTERVAL_SECONDS)

    async def commit(self, messages: Sequence[ReceivedMessage]) -> None:
        next_offsets: dict[str, int] = {}
        for message in messages:
            next_offsets[message.topic] = max(next_offsets.get(message.topic, 0), message.offset + 1)
        if next_offsets:
            await self._bus._call(self._bus._commit, self.group_id, next_offsets)

    async def rewind(self, messages: Sequence[ReceivedMessage]) -> None:
        for message in messages:
            self._positions[message.topic] = min(self._positions[message.topic], message.offset)
