"""Each agency's area (province, district or centre; none: the whole country), and the token
endpoint's lock-outs of clients that sent bad secrets. Stored credential hashes are not touched:
a plain SHA-256 cannot be turned into a keyed one without the secret, so each is upgraded the
next time its secret is presented (partners/credentials.py).

Revision ID: 0012_agency_areas_and_lockouts
Revises: 0011_issued_documents
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_agency_areas_and_lockouts"
down_revision = "0011_issued_documents"
branch_labels = None
depends_on = None

_AREA = (("province", 100), ("district", 100), ("centre_code", 40))


def upgrade() -> None:
    with op.batch_alter_table("agencies") as table:
        for name, length in _AREA:
            table.add_column(sa.Column(name, sa.String(length), nullable=True))
    op.create_table(
        "client_lockouts",
        sa.Column("client_id", sa.String(80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_lockouts")),
    )


def downgrade() -> None:
    op.drop_table("client_lockouts")
    with op.batch_alter_table("agencies") as table:
        for name, _ in reversed(_AREA):
            table.drop_column(name)
