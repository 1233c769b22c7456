"""A credential's kind is an enum: stored as text with a CHECK of its names (shared.db.text_enum).

Revision ID: 0008_credential_kind_enum
Revises: 0007_dead_letter_resolutions
"""

from shared.migrations.operations import text_enums_added, text_enums_removed

revision = "0008_credential_kind_enum"
down_revision = "0007_dead_letter_resolutions"
branch_labels = None
depends_on = None

# table -> (column, its former length, the enum's name, its names)
_ENUMS = {"credentials": [("kind", 20, "credentialkind", ("api_key", "client_secret"))]}


def upgrade() -> None:
    text_enums_added(_ENUMS)


def downgrade() -> None:
    text_enums_removed(_ENUMS)
