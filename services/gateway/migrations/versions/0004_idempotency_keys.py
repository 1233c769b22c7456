"""Platform table: the idempotency keys of answered requests.

Revision ID: 0004_idempotency_keys
Revises: 0003_report_tables
"""

from alembic import op

from shared.messaging.tables import create_idempotency_table

revision = "0004_idempotency_keys"
down_revision = "0003_report_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_idempotency_table()


def downgrade() -> None:
    op.drop_table("idempotency_keys")
