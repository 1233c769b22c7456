"""Partner calls per hour, client, operation and outcome: the operator console's Partners page.

Revision ID: 0010_partner_traffic
Revises: 0009_operator_agency_kind
"""

import sqlalchemy as sa
from alembic import op

import shared.db  # custom column types (UTCDateTime)

revision = "0010_partner_traffic"
down_revision = "0009_operator_agency_kind"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_traffic",
        sa.Column("hour", shared.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("client_id", sa.String(length=80), nullable=False),
        sa.Column("route", sa.String(length=300), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "succeeded",
                "refused",
                "rate_limited",
                "failed",
                name="trafficoutcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("calls", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hour", "client_id", "route", "outcome", name=op.f("pk_partner_traffic")),
    )


def downgrade() -> None:
    op.drop_table("partner_traffic")
