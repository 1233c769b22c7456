"""Statuses and kinds are enums: stored as text with a CHECK of their names (shared.db.text_enum).

Revision ID: 0006_status_enums
Revises: 0005_commit_ordered_changes
"""

from shared.migrations.operations import text_enums_added, text_enums_removed

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
    text_enums_added(_ENUMS)


def downgrade() -> None:
    text_enums_removed(_ENUMS)
