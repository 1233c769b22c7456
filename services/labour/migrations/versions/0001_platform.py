"""Platform tables: the transactional outbox and the idempotent inbox.

Revision ID: 0001_platform
Revises:
"""

from shared.messaging.tables import create_messaging_tables, drop_messaging_tables

revision = "0001_platform"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_messaging_tables()


def downgrade() -> None:
    drop_messaging_tables()
