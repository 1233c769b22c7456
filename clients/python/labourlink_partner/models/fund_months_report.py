from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.fund_months import FundMonths


T = TypeVar("T", bound="FundMonthsReport")


@_attrs_define
class FundMonthsReport:
    """Seed 001 §6: months of benefit each fund area can still pay; an alert below the threshold.

    Attributes:
        areas (list[FundMonths]):
    """

    areas: list[FundMonths]

    def to_dict(self) -> dict[str, Any]:
        areas = []
        for areas_item_data in self.areas:
            areas_item = areas_item_data.to_dict()
            areas.append(areas_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "areas": areas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fund_months import FundMonths  # noqa: PLC0415

        d = dict(src_dict)
        areas = []
        _areas = d.pop("areas")
        for areas_item_data in _areas:
            areas_item = FundMonths.from_dict(areas_item_data)

            areas.append(areas_item)

        fund_months_report = cls(
            areas=areas,
        )

        return fund_months_report
