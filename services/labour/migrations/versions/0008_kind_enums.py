"""The change feed's kinds and the bulk uploads' kinds are enums: stored as text with a CHECK of
their names (shared.db.text_enum).

A receipt stored its upload's path ("job-search-notices"); it now stores the kind's name
("job_search_notices"), so those rows are renamed before the CHECK is added.

Revision ID: 0008_kind_enums
Revises: 0007_dead_letter_resolutions
"""

from alembic import op

from shared.migrations.operations import text_enums_added, text_enums_removed

revision = "0008_kind_enums"
down_revision = "0007_dead_letter_resolutions"
branch_labels = None
depends_on = None

_CHANGE_KINDS = (
    "caseworker",
    "centre",
    "contact",
    "contract",
    "counselling",
    "course",
    "employer",
    "enrolment",
    "hardship",
    "job_search_notice",
    "registration",
    "termination",
    "worker",
)
_UPLOAD_KINDS = ("terminations", "registrations", "job_search_notices", "new_hires")
# table -> (column, its former length, the enum's name, its names)
_ENUMS = {
    "changes": [("kind", 30, "changekind", _CHANGE_KINDS)],
    "sync_receipts": [("kind", 30, "uploadkind", _UPLOAD_KINDS)],
}


def upgrade() -> None:
    op.execute("UPDATE sync_receipts SET kind = REPLACE(kind, '-', '_')")
    text_enums_added(_ENUMS)


def downgrade() -> None:
    text_enums_removed(_ENUMS)
    op.execute("UPDATE sync_receipts SET kind = REPLACE(kind, '_', '-')")
