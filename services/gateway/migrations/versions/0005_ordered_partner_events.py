"""The partner_events feed is read in commit order (see shared/feeds.py).

Revision ID: 0005_ordered_partner_events
Revises: 0004_idempotency_keys
"""

from shared.feeds import add_positions, drop_positions

revision = "0005_ordered_partner_events"
down_revision = "0004_idempotency_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_positions("partner_events")


def downgrade() -> None:
    drop_positions("partner_events")
