"""Platform table: what operators did with dead letters (re-driven or discarded, by whom, when, why).

Revision ID: 0007_dead_letter_resolutions
Revises: 0006_status_enums
"""

from alembic import op

from shared.messaging.tables import create_dead_letter_resolutions_table

revision = "0007_dead_letter_resolutions"
down_revision = "0006_status_enums"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_dead_letter_resolutions_table()


def downgrade() -> None:
    op.drop_table("dead_letter_resolutions")
