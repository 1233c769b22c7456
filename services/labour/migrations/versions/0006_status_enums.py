"""Statuses and kinds are enums: stored as text with a CHECK of their names (shared.db.text_enum).

Revision ID: 0006_status_enums
Revises: 0005_commit_ordered_changes
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_status_enums"
down_revision = "0005_commit_ordered_changes"
branch_labels = None
depends_on = None

# table -> (column, its former length, the enum's name, its names)
_ENUMS = {
    "registrations": [
        ("status", 10, "registrationstatus", ("open", "closed")),
        ("close_reason", 40, "closereason", ("reemployed_self_found", "reemployed_placement", "reemployed_referral")),
        ("claim_status", 20, "claimstatus", ("eligible", "ineligible")),
        ("benefit_status", 20, "benefitstatus", ("paying", "suspended", "terminated")),
    ],
    "counselling_sessions": [("kind", 30, "counsellingkind", ("counselling", "vocational_guidance"))],
    "enrolments": [("result", 10, "enrolmentresult", ("passed", "failed", "dropped"))],
    "contacts": [("channel", 10, "contactchannel", ("visit", "phone", "sms", "letter"))],
}


def upgrade() -> None:
    for table, columns in _ENUMS.items():
        with op.batch_alter_table(table) as batch_op:
            for column, length, name, names in columns:
                batch_op.alter_column(column, existing_type=sa.String(length), type_=sa.String(40))
                allowed = ", ".join(f"'{n}'" for n in names)
                batch_op.create_check_constraint(op.f(f"ck_{table}_{name}"), f"{column} IN ({allowed})")


def downgrade() -> None:
    for table, columns in _ENUMS.items():
        with op.batch_alter_table(table) as batch_op:
            for column, length, name, _ in columns:
                batch_op.drop_constraint(op.f(f"ck_{table}_{name}"), type_="check")
                batch_op.alter_column(column, existing_type=sa.String(40), type_=sa.String(length))
