"""Platform table: the idempotency keys of answered requests; offers, referrals and placements name their person.

Revision ID: 0003_idempotency_keys
Revises: 0002_job_matching_records
"""

import sqlalchemy as sa
from alembic import op

from shared.messaging.tables import create_idempotency_table

revision = "0003_idempotency_keys"
down_revision = "0002_job_matching_records"
branch_labels = None
depends_on = None

_ABOUT_SEEKERS = ("offers", "referrals", "placements")


def upgrade() -> None:
    create_idempotency_table()
    for table in _ABOUT_SEEKERS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("national_id", sa.String(length=18), nullable=True))
        op.execute(
            f"UPDATE {table} SET national_id = (SELECT s.national_id FROM seeker_profiles s WHERE s.id = {table}.seeker_id)"
        )
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column("national_id", existing_type=sa.String(length=18), nullable=False)
            batch_op.create_index(f"ix_{table}_national_id", ["national_id"])


def downgrade() -> None:
    for table in _ABOUT_SEEKERS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_national_id")
            batch_op.drop_column("national_id")
    op.drop_table("idempotency_keys")
