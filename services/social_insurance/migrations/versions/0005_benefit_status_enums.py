"""benefit and payment statuses as enums

Revision ID: 0005_benefit_status_enums
Revises: 0004_reemployments
Create Date: 2026-12-10 09:00:00.000000

The statuses were free text holding only these values, so every stored row already passes the
CHECK each column gains.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_benefit_status_enums"
down_revision: str | None = "0004_reemployments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BENEFIT_STATUS = sa.Enum(
    "paying",
    "suspended",
    "terminated",
    "completed",
    name="benefitstatus",
    native_enum=False,
    create_constraint=True,
    length=40,
)
PAYMENT_STATUS = sa.Enum(
    "scheduled", "paid", "cancelled", name="paymentstatus", native_enum=False, create_constraint=True, length=40
)


def upgrade() -> None:
    with op.batch_alter_table("benefit_payments", schema=None) as batch_op:
        batch_op.alter_column(
            "status", existing_type=sa.VARCHAR(length=10), type_=PAYMENT_STATUS, existing_nullable=False
        )

    with op.batch_alter_table("benefits", schema=None) as batch_op:
        batch_op.alter_column(
            "status", existing_type=sa.VARCHAR(length=12), type_=BENEFIT_STATUS, existing_nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("benefits", schema=None) as batch_op:
        batch_op.alter_column(
            "status", existing_type=BENEFIT_STATUS, type_=sa.VARCHAR(length=12), existing_nullable=False
        )

    with op.batch_alter_table("benefit_payments", schema=None) as batch_op:
        batch_op.alter_column(
            "status", existing_type=PAYMENT_STATUS, type_=sa.VARCHAR(length=10), existing_nullable=False
        )
