"""The register of the documents this service issues (shared/documents): each code, its kind,
reference, date and the SHA-256 of the content it signs, so the code can be verified.

Revision ID: 0007_issued_documents
Revises: 0006_dead_letter_resolutions
"""

from alembic import op

from shared.documents.register import create_issued_documents_table

revision = "0007_issued_documents"
down_revision = "0006_dead_letter_resolutions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_issued_documents_table()


def downgrade() -> None:
    op.drop_table("issued_documents")
