from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.quarterly_row import QuarterlyRow


T = TypeVar("T", bound="QuarterlyTable")


@_attrs_define
class QuarterlyTable:
    """Seed 000 §2: the quarterly statistics table of re-employment assistance, per district.

    Attributes:
        quarter (str):
        period_start (datetime.date):
        period_end (datetime.date):
        due_on (datetime.date): the 10th of the first month after the quarter
        rows (list[QuarterlyRow]):
    """

    quarter: str
    period_start: datetime.date
    period_end: datetime.date
    due_on: datetime.date
    rows: list[QuarterlyRow]

    def to_dict(self) -> dict[str, Any]:
        quarter = self.quarter

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        due_on = self.due_on.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quarter": quarter,
                "period_start": period_start,
                "period_end": period_end,
                "due_on": due_on,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarterly_row import QuarterlyRow  # noqa: PLC0415

        d = dict(src_dict)
        quarter = d.pop("quarter")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = QuarterlyRow.from_dict(rows_item_data)

            rows.append(rows_item)

        quarterly_table = cls(
            quarter=quarter,
            period_start=period_start,
            period_end=period_end,
            due_on=due_on,
            rows=rows,
        )

        return quarterly_table
