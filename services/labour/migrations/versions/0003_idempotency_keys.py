"""Platform table: the idempotency keys of answered requests; every record about a person names them.

Revision ID: 0003_idempotency_keys
Revises: 0002_labour_records
"""

import sqlalchemy as sa
from alembic import op

from shared.messaging.tables import create_idempotency_table

revision = "0003_idempotency_keys"
down_revision = "0002_labour_records"
branch_labels = None
depends_on = None

# Each table about a person, and how its rows reach the worker.
_PERSON_OF = {
    "contracts": "SELECT w.national_id FROM workers w WHERE w.id = contracts.worker_id",
    "terminations": "SELECT w.national_id FROM contracts c JOIN workers w ON w.id = c.worker_id WHERE c.id = terminations.contract_id",
    "registrations": "SELECT w.national_id FROM workers w WHERE w.id = registrations.worker_id",
    "job_search_notices": "SELECT r.national_id FROM registrations r WHERE r.id = job_search_notices.registration_id",
    "counselling_sessions": "SELECT w.national_id FROM workers w WHERE w.id = counselling_sessions.worker_id",
    "enrolments": "SELECT w.national_id FROM workers w WHERE w.id = enrolments.worker_id",
    "contacts": "SELECT r.national_id FROM registrations r WHERE r.id = contacts.registration_id",
    "hardship_assessments": "SELECT w.national_id FROM workers w WHERE w.id = hardship_assessments.worker_id",
}


def upgrade() -> None:
    create_idempotency_table()
    for table, person in _PERSON_OF.items():  # in order: notices and contacts read the registrations' column
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("national_id", sa.String(length=18), nullable=True))
        op.execute(f"UPDATE {table} SET national_id = ({person})")
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column("national_id", existing_type=sa.String(length=18), nullable=False)
            batch_op.create_index(f"ix_{table}_national_id", ["national_id"])


def downgrade() -> None:
    for table in reversed(_PERSON_OF):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_national_id")
            batch_op.drop_column("national_id")
    op.drop_table("idempotency_keys")
