"""The platform tables every service has in its own database: the outbox and inbox of its events,
what became of its dead letters, and the idempotency keys of the requests it answered."""

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Column, Index, Integer, LargeBinary, MetaData, PrimaryKeyConstraint, String, Table, Text, text

from shared.db import BigIntegerKey, JSONDocument, UTCDateTime, text_enum


class Resolution(StrEnum):
    """What an operator did with a dead letter."""

    redriven = "redriven"  # its handler applied it after all
    discarded = "discarded"  # it will never be applied; the reason says why


@dataclass(frozen=True)
class MessagingTables:
    outbox: Table
    inbox: Table
    idempotency: Table
    dead_letter_resolutions: Table


def messaging_tables(metadata: MetaData) -> MessagingTables:
    """Define the platform tables on a service's metadata (its migrations create them)."""
    outbox = Table(
        "outbox",
        metadata,
        # The sequence gives the publishing order, hence the order per person on the bus.
        Column("seq", BigIntegerKey, primary_key=True, autoincrement=True),
        Column("event_id", String(64), nullable=False, unique=True),
        Column("topic", String(200), nullable=False),
        Column("event_type", String(200), nullable=False),
        Column("subject", String(200), nullable=True),
        Column("event_time", UTCDateTime, nullable=False),
        Column("envelope", JSONDocument, nullable=False),
        Column("published_at", UTCDateTime, nullable=True),
        Index(
            "ix_outbox_unpublished",
            "seq",
            postgresql_where=text("published_at IS NULL"),
            sqlite_where=text("published_at IS NULL"),
        ),
        Index("ix_outbox_published_at", "published_at"),
    )
    inbox = Table(
        "inbox",
        metadata,
        Column("consumer_group", String(200), nullable=False),
        Column("event_id", String(64), nullable=False),
        Column("event_type", String(200), nullable=False),
        Column("topic", String(200), nullable=False),
        Column("partition", Integer, nullable=False),
        Column("offset", BigIntegerKey, nullable=False),
        Column("event_time", UTCDateTime, nullable=False),
        Column("processed_at", UTCDateTime, nullable=False),
        # processed | dead_lettered; a dead letter becomes processed when re-driven, discarded when discarded
        Column("outcome", String(20), nullable=False),
        Column("error", Text, nullable=True),
        PrimaryKeyConstraint("consumer_group", "event_id"),
        Index("ix_inbox_event_time", "consumer_group", "event_time"),
    )
    idempotency = Table(
        "idempotency_keys",
        metadata,
        # The client's Idempotency-Key, qualified by who sent it (the gateway adds the partner client).
        Column("key", String(300), primary_key=True),
        Column("request_hash", String(64), nullable=False),
        Column("status", Integer, nullable=False),
        Column("media_type", String(200), nullable=True),
        Column("body", LargeBinary, nullable=False),
        Column("created_at", UTCDateTime, nullable=False),
        Index("ix_idempotency_keys_created_at", "created_at"),
    )
    dead_letter_resolutions = Table(
        "dead_letter_resolutions",
        metadata,
        # One row per operator action, kept after the letter is gone from the open list: who
        # re-drove or discarded which event, when, and why.
        Column("id", BigIntegerKey, primary_key=True, autoincrement=True),
        Column("consumer_group", String(200), nullable=False),
        Column("event_id", String(64), nullable=False),
        Column("event_type", String(200), nullable=False),
        Column("resolution", text_enum(Resolution), nullable=False),
        Column("resolved_by", String(200), nullable=False),
        Column("resolved_at", UTCDateTime, nullable=False),
        Column("reason", Text, nullable=True),
        Index("ix_dead_letter_resolutions_event", "consumer_group", "event_id"),
    )
    return MessagingTables(
        outbox=outbox, inbox=inbox, idempotency=idempotency, dead_letter_resolutions=dead_letter_resolutions
    )


def create_messaging_tables() -> None:
    """Migration step: create the outbox and inbox (each service's first migration calls it)."""
    import sqlalchemy as sa
    from alembic import op

    from shared.db import JSONDocument, UTCDateTime

    op.create_table(
        "inbox",
        sa.Column("consumer_group", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("event_type", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("partition", sa.Integer(), nullable=False),
        sa.Column("offset", BigIntegerKey, nullable=False),
        sa.Column("event_time", UTCDateTime(), nullable=False),
        sa.Column("processed_at", UTCDateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("consumer_group", "event_id", name=op.f("pk_inbox")),
    )
    op.create_index("ix_inbox_event_time", "inbox", ["consumer_group", "event_time"])
    op.create_table(
        "outbox",
        sa.Column("seq", BigIntegerKey, autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("event_type", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("event_time", UTCDateTime(), nullable=False),
        sa.Column("envelope", JSONDocument, nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("event_id", name=op.f("uq_outbox_event_id")),
    )
    op.create_index("ix_outbox_published_at", "outbox", ["published_at"])
    op.create_index(
        "ix_outbox_unpublished",
        "outbox",
        ["seq"],
        postgresql_where=sa.text("published_at IS NULL"),
        sqlite_where=sa.text("published_at IS NULL"),
    )


def create_idempotency_table() -> None:
    """Migration step: create the idempotency keys (added after the outbox and inbox)."""
    import sqlalchemy as sa
    from alembic import op

    op.create_table(
        "idempotency_keys",
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=200), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_idempotency_keys")),
    )
    op.create_index("ix_idempotency_keys_created_at", "idempotency_keys", ["created_at"])


def create_dead_letter_resolutions_table() -> None:
    """Migration step: create the record of re-driven and discarded dead letters."""
    import sqlalchemy as sa
    from alembic import op

    op.create_table(
        "dead_letter_resolutions",
        sa.Column("id", BigIntegerKey, autoincrement=True, nullable=False),
        sa.Column("consumer_group", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("event_type", sa.String(length=200), nullable=False),
        sa.Column("resolution", sa.String(length=40), nullable=False),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "resolution IN ('redriven', 'discarded')", name=op.f("ck_dead_letter_resolutions_resolution")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dead_letter_resolutions")),
    )
    op.create_index("ix_dead_letter_resolutions_event", "dead_letter_resolutions", ["consumer_group", "event_id"])


def drop_messaging_tables() -> None:
    """Migration step: drop what create_messaging_tables() made."""
    from alembic import op

    op.drop_table("outbox")
    op.drop_table("inbox")
