"""The operator agency kind: accounts of the operator console (console:read, console:operate).

Revision ID: 0009_operator_agency_kind
Revises: 0008_credential_kind_enum
"""

from alembic import op

revision = "0009_operator_agency_kind"
down_revision = "0008_credential_kind_enum"
branch_labels = None
depends_on = None

_KINDS = (
    "labour",
    "social_insurance",
    "employment_service_centre",
    "tax",
    "planning_investment",
    "finance",
    "community_station",
)


def _allow(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table("agencies") as batch_op:
        batch_op.drop_constraint(op.f("ck_agencies_agencykind"), type_="check")
        allowed = ", ".join(f"'{kind}'" for kind in kinds)
        batch_op.create_check_constraint(op.f("ck_agencies_agencykind"), f"kind IN ({allowed})")


def upgrade() -> None:
    _allow((*_KINDS, "operator"))


def downgrade() -> None:
    _allow(_KINDS)
