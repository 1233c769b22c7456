"""Contributions partitioned by month on PostgreSQL (declarative RANGE partitioning on `month`): a
partition per month the table already holds and a default one for a month that arrives before its
partition (the service's `contribution_partitions` job creates the months ahead and moves such rows
out). A key of a partitioned table must contain its partition key, so the primary key becomes
(id, month); ids still come from the one sequence. The unique (person, employer, month) key that
makes imports idempotent already contains the month and is kept; its index also finds a person's
months (a claim's facts), so the index of national_id alone, one more to keep up to date on every
imported row, goes. SQLite keeps one table.

Revision ID: 0008_contributions_by_month
Revises: 0007_issued_documents
"""

from alembic import op
from sqlalchemy import text

from services.social_insurance.contributions.repository import (
    DEFAULT_PARTITION,
    PARTITION_SCHEMA,
    month_partition_statements,
)

revision = "0008_contributions_by_month"
down_revision = "0007_issued_documents"
branch_labels = None
depends_on = None


# The rows are copied, not altered in place: a table cannot be made partitioned. Constraints and
# indexes are dropped from the old table first (their names are the new table's) and built after
# the copy, which is faster than keeping them up to date row by row.
def _keys_and_indexes(primary_key: str) -> None:
    op.execute(
        f"ALTER TABLE contributions ADD CONSTRAINT pk_contributions PRIMARY KEY ({primary_key}), "
        "ADD CONSTRAINT uq_contributions_national_id UNIQUE (national_id, employer_tax_code, month)"
    )
    op.execute("CREATE INDEX ix_contributions_employer_tax_code ON contributions (employer_tax_code)")


def _set_aside(name: str) -> None:
    op.execute(f"ALTER TABLE contributions RENAME TO {name}")
    op.execute(f"ALTER TABLE {name} DROP CONSTRAINT pk_contributions, DROP CONSTRAINT uq_contributions_national_id")
    op.execute("DROP INDEX ix_contributions_employer_tax_code")


def _take_over(old: str) -> None:
    """Move `old`'s rows into the new `contributions` and its id sequence with them, then drop it."""
    op.execute(f"INSERT INTO contributions SELECT * FROM {old}")
    op.execute("ALTER SEQUENCE contributions_id_seq OWNED BY contributions.id")
    op.execute(f"DROP TABLE {old}")


def upgrade() -> None:
    op.drop_index("ix_contributions_national_id", "contributions")
    if op.get_bind().dialect.name != "postgresql":
        return
    _set_aside("contributions_unpartitioned")
    op.execute(
        "CREATE TABLE contributions (LIKE contributions_unpartitioned INCLUDING DEFAULTS) PARTITION BY RANGE (month)"
    )
    op.execute(f"CREATE SCHEMA IF NOT EXISTS {PARTITION_SCHEMA}")
    op.execute(f"CREATE TABLE {DEFAULT_PARTITION} PARTITION OF contributions DEFAULT")
    months = op.get_bind().execute(text("SELECT DISTINCT month FROM contributions_unpartitioned ORDER BY month"))
    for month in months.scalars().all():
        for statement in month_partition_statements(month):
            op.execute(statement)
    _take_over("contributions_unpartitioned")
    _keys_and_indexes("id, month")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _set_aside("contributions_partitioned")
        op.execute("CREATE TABLE contributions (LIKE contributions_partitioned INCLUDING DEFAULTS)")
        _take_over("contributions_partitioned")  # its partitions go with it
        op.execute(f"DROP SCHEMA IF EXISTS {PARTITION_SCHEMA}")
        _keys_and_indexes("id")
    op.create_index("ix_contributions_national_id", "contributions", ["national_id"])
