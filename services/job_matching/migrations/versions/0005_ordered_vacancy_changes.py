"""The vacancy_changes feed is read in commit order (see shared/feeds.py).

Revision ID: 0005_ordered_vacancy_changes
Revises: 0004_withdrawn_offers
"""

from shared.feeds import add_positions, drop_positions

revision = "0005_ordered_vacancy_changes"
down_revision = "0004_withdrawn_offers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_positions("vacancy_changes")


def downgrade() -> None:
    drop_positions("vacancy_changes")
