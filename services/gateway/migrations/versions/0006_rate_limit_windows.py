"""Rate-limit windows in the gateway's database, so every replica counts the same requests.

Revision ID: 0006_rate_limit_windows
Revises: 0005_ordered_partner_events
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_rate_limit_windows"
down_revision = "0005_ordered_partner_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_limit_windows",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_limit_windows")),
    )
    op.create_index(op.f("ix_rate_limit_windows_expires_at"), "rate_limit_windows", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_rate_limit_windows_expires_at"), table_name="rate_limit_windows")
    op.drop_table("rate_limit_windows")
