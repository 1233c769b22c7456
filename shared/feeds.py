"""Feeds that skip nothing under concurrent writers.

A feed row's `seq` is taken when the row is written, not when its transaction commits: with two
writers, the row with seq 41 can commit after the one with 42, and a reader whose cursor moved to
42 in between would never see 41. So a feed is read by `position` instead, which is given to rows
in the order their transactions committed: before each read, the reader numbers the rows that have
committed and have no position yet, one numbering at a time (a lock on PostgreSQL; SQLite has one
writer). A row still uncommitted is invisible then, and numbered by a later read, after every
position already handed out: no cursor ever passes a row it has not seen.

Rows written before positions existed were numbered with their seq, so cursors from before stay valid.
"""

import zlib
from typing import Any

from sqlalchemy import BigInteger, Index, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from shared.db import BigIntegerKey

_BATCH = 50_000


class CommitOrdered:
    """A feed row: `seq`, the order rows were written; `position`, the order their transactions committed."""

    __tablename__: str
    seq: Mapped[int] = mapped_column(BigIntegerKey, primary_key=True, autoincrement=True)
    position: Mapped[int | None] = mapped_column(BigInteger, unique=True)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:  # noqa: N805  (a declared attribute takes the class)
        unnumbered = text("position IS NULL")
        return (
            Index(f"ix_{cls.__tablename__}_unnumbered", "seq", postgresql_where=unnumbered, sqlite_where=unnumbered),
        )


async def number_committed_rows(session: AsyncSession, model: type[CommitOrdered]) -> None:
    """Give every committed row without a position the next positions, in seq order, and commit:
    the numbering is the feed's commit order."""
    if session.bind.dialect.name == "postgresql":
        # One numbering at a time: two readers must not hand out the same positions.
        await session.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(model.__tablename__.encode())}
        )
    top = await session.scalar(select(func.max(model.position))) or 0
    unnumbered = (
        await session.scalars(select(model.seq).where(model.position.is_(None)).order_by(model.seq).limit(_BATCH))
    ).all()
    if unnumbered:
        await session.execute(
            update(model), [{"seq": seq, "position": top + n} for n, seq in enumerate(unnumbered, start=1)]
        )
    await session.commit()


def add_positions(table: str) -> None:
    """Migration step: give a feed table its positions; rows already written keep their seq as
    position, so a cursor handed out before is still valid."""
    import sqlalchemy as sa
    from alembic import op

    with op.batch_alter_table(table) as batch_op:
        batch_op.add_column(sa.Column("position", sa.BigInteger(), nullable=True))
    op.execute(f"UPDATE {table} SET position = seq")
    with op.batch_alter_table(table) as batch_op:
        batch_op.create_unique_constraint(op.f(f"uq_{table}_position"), ["position"])
    op.create_index(
        f"ix_{table}_unnumbered",
        table,
        ["seq"],
        postgresql_where=sa.text("position IS NULL"),
        sqlite_where=sa.text("position IS NULL"),
    )


def drop_positions(table: str) -> None:
    """Migration step: undo add_positions."""
    from alembic import op

    op.drop_index(f"ix_{table}_unnumbered", table_name=table)
    with op.batch_alter_table(table) as batch_op:
        batch_op.drop_constraint(op.f(f"uq_{table}_position"), type_="unique")
        batch_op.drop_column("position")
