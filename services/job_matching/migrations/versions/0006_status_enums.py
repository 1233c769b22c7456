"""Statuses and outcomes are enums: stored as text with a CHECK of their names (shared.db.text_enum).

Revision ID: 0006_status_enums
Revises: 0005_ordered_vacancy_changes
"""

from shared.migrations.operations import text_enums_added, text_enums_removed

revision = "0006_status_enums"
down_revision = "0005_ordered_vacancy_changes"
branch_labels = None
depends_on = None

# table -> (column, its former length, the enum's name, its names)
_ENUMS = {
    "vacancies": [
        ("status", 10, "vacancystatus", ("open", "closed")),
        ("close_reason", 20, "vacancyclosereason", ("filled", "withdrawn", "expired")),
    ],
    "seeker_profiles": [("status", 12, "seekerstatus", ("unregistered", "active", "placed", "inactive"))],
    "referrals": [
        (
            "outcome",
            30,
            "referralstate",
            ("pending", "hired", "rejected_by_employer", "declined", "no_show", "withdrawn"),
        ),
    ],
}


def upgrade() -> None:
    text_enums_added(_ENUMS)


def downgrade() -> None:
    text_enums_removed(_ENUMS)
