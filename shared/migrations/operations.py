"""Schema changes more than one service's migrations make."""

from collections.abc import Mapping, Sequence

import sqlalchemy as sa
from alembic import op

# table -> [(column, its former length, the enum's name, its names)]
EnumColumns = Mapping[str, Sequence[tuple[str, int, str, tuple[str, ...]]]]


def text_enums_added(columns: EnumColumns) -> None:
    """Turn string columns into shared.db.text_enum columns: 40 characters and a CHECK of the names."""
    for table, changes in columns.items():
        with op.batch_alter_table(table) as batch_op:
            for column, length, name, names in changes:
                batch_op.alter_column(column, existing_type=sa.String(length), type_=sa.String(40))
                allowed = ", ".join(f"'{n}'" for n in names)
                batch_op.create_check_constraint(op.f(f"ck_{table}_{name}"), f"{column} IN ({allowed})")


def text_enums_removed(columns: EnumColumns) -> None:
    """Undo text_enums_added."""
    for table, changes in columns.items():
        with op.batch_alter_table(table) as batch_op:
            for column, length, name, _ in changes:
                batch_op.drop_constraint(op.f(f"ck_{table}_{name}"), type_="check")
                batch_op.alter_column(column, existing_type=sa.String(40), type_=sa.String(length))
