"""Platform table: the idempotency keys of answered requests; the worker's name on terminations.

Revision ID: 0003_idempotency_keys
Revises: 0002_social_insurance_records
"""

import sqlalchemy as sa
from alembic import op

from shared.messaging.tables import create_idempotency_table

revision = "0003_idempotency_keys"
down_revision = "0002_social_insurance_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_idempotency_table()
    with op.batch_alter_table("terminations") as batch_op:
        batch_op.add_column(sa.Column("full_name", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_table("idempotency_keys")
    with op.batch_alter_table("terminations") as batch_op:
        batch_op.drop_column("full_name")
