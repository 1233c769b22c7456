"""The changes feed is read in commit order (see shared/feeds.py).

Revision ID: 0005_commit_ordered_changes
Revises: 0004_reemployments
"""

from shared.feeds import add_positions, drop_positions

revision = "0005_commit_ordered_changes"
down_revision = "0004_reemployments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_positions("changes")


def downgrade() -> None:
    drop_positions("changes")
