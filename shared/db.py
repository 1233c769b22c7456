"""Database helpers: one async engine per service, one session per request that commits once."""

from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import asyncpg
from fastapi import Request
from sqlalchemy import JSON, BigInteger, DateTime, Enum, Integer, MetaData, String, Table, event, func, insert, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql import FromClause
from sqlalchemy.types import TypeDecorator

from shared.clock import Clock

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def service_metadata() -> MetaData:
    """A MetaData with the naming convention every service uses (stable names for migrations)."""
    return MetaData(naming_convention=NAMING_CONVENTION)


# JSONB on PostgreSQL (indexable, compact), JSON text on SQLite.
JSONDocument = JSON().with_variant(JSONB(), "postgresql")
# SQLite only autoincrements an INTEGER PRIMARY KEY.
BigIntegerKey = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python, whichever database stores it."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is required")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


# Every service's DeclarativeBase maps these Python annotations the same way.
TYPE_ANNOTATIONS: dict[Any, Any] = {datetime: UTCDateTime, dict: JSONDocument, list: JSON}


def text_enum(kind: type) -> Enum:
    """An enum column stored as text with a CHECK, the same on PostgreSQL and SQLite."""
    return Enum(kind, native_enum=False, length=40, validate_strings=True, create_constraint=True)


class Record:
    """Columns every record has: a generated id and when it was created."""

    id: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AboutAPerson:
    """A record about one person names them, so that every read of it can be attributed to its
    person (the gateway's audit) without asking another table."""

    national_id: Mapped[str] = mapped_column(String(18), index=True)


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create the async engine; SQLite gets WAL, foreign keys and working SAVEPOINTs."""
    if not url.startswith("sqlite"):
        # No cached prepared statements: PostgreSQL would otherwise switch to a generic plan after
        # five runs, and one made while a table was small (a fresh inbox, receipts before the first
        # bulk upload) scans the whole table for every IN-list lookup once it has grown.
        kwargs.setdefault("connect_args", {"prepared_statement_cache_size": 0})
        kwargs.setdefault("pool_size", 10)
        kwargs.setdefault("max_overflow", 10)
        kwargs.setdefault("pool_pre_ping", True)
        return create_async_engine(url, **kwargs)

    engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)

    # pysqlite's own transaction handling breaks SAVEPOINT (which the inbox uses to isolate a
    # failing handler); SQLAlchemy's documented remedy is to emit BEGIN ourselves.
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


async def insert_rows(
    session: AsyncSession, table: FromClause, rows: Sequence[dict[str, Any]], *, returning_ids: bool = False
) -> list[int]:
    """Insert many rows (every row the same keys) in the session's transaction, as fast as the
    database allows: COPY on PostgreSQL, one batched INSERT on SQLite. Column defaults apply as
    for an INSERT. With `returning_ids`, the new rows' ids in the order given (else none)."""
    assert isinstance(table, Table)  # a model's __table__, typed as any FROM clause
    if not rows:
        return []
    if session.bind.dialect.name != "postgresql":
        statement = insert(table)
        if not returning_ids:
            await session.execute(statement, list(rows))
            return []
        returned = await session.scalars(statement.returning(table.c.id, sort_by_parameter_order=True), list(rows))
        return list(returned)
    ids: list[int] = []
    if returning_ids:
        # Ids drawn from the column's own sequence, as an INSERT would draw them.
        sequence = func.pg_get_serial_sequence(table.name, "id")
        ids = list(
            await session.scalars(select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows))))
        )
        rows = [{**row, "id": id_} for row, id_ in zip(rows, ids, strict=True)]
    given = list(rows[0])
    # Python-side defaults are the caller's to supply with COPY; one value serves the whole batch.
    defaults = {
        column.name: column.default.arg(None) if column.default.is_callable else column.default.arg  # type: ignore[attr-defined]
        for column in table.columns
        if column.name not in given and column.default is not None and not column.default.is_sequence
    }
    fill = tuple(defaults.values())
    records = [(*(row[name] for name in given), *fill) for row in rows]
    columns = given + list(defaults)
    # Each value as an INSERT would bind it (an enum by its name, JSON as text, a time in UTC).
    dialect = session.bind.dialect
    processors = [
        (i, table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) for i, name in enumerate(columns)
    ]
    if converted := [(i, process) for i, process in processors if process is not None]:
        records = [_bound(record, converted) for record in records]
    connection = await session.connection()
    driver = (await connection.get_raw_connection()).driver_connection
    assert driver is not None
    if not driver.is_in_transaction():
        # The dialect opens the transaction with its first statement; COPY must not run before it.
        await connection.exec_driver_sql("SELECT 1")
    # A refusal is raised as an INSERT's would be (409, 422), so callers see one kind.
    try:
        await driver.copy_records_to_table(table.name, records=records, columns=columns, schema_name=table.schema)
    except asyncpg.IntegrityConstraintViolationError as error:
        raise IntegrityError(f"COPY {table.name}", None, error) from error
    except asyncpg.DataError as error:
        raise DataError(f"COPY {table.name}", None, error) from error
    return ids


def _bound(record: tuple[Any, ...], processors: Sequence[tuple[int, Callable[[Any], Any]]]) -> tuple[Any, ...]:
    values = list(record)
    for i, process in processors:
        values[i] = process(values[i])
    return tuple(values)


def create_sessionmaker(engine: AsyncEngine, clock: Clock | None = None) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep loaded objects usable after commit (the response is built from them) and
    carry the service's clock."""
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False, info={"clock": clock or Clock()})


# request.state: the session an idempotent request's effects go into (shared/idempotency.py),
# committed together with its stored answer.
SESSION_STATE = "idempotent_session"


async def request_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request; commits once when the endpoint returns, rolls back on error.

    FastAPI 0.115 (pinned) runs this exit code before the response is sent, so a failed
    commit reaches the client as an error rather than after a 200; tests/shared/test_app.py
    holds that in place. A request with an Idempotency-Key is committed by that middleware,
    with its answer.
    """
    owned: AsyncSession | None = getattr(request.state, SESSION_STATE, None)
    if owned is not None:
        try:
            yield owned
        except BaseException:
            await owned.rollback()
            raise
        await owned.flush()
        return
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        await session.commit()
