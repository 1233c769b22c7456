from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="FundMonths")


@_attrs_define
class FundMonths:
    """
    Attributes:
        area_code (str):
        name (str):
        months_left (None | str): null: income covers expenditure
        alert_threshold_months (str):
        alert (bool):
        updated_at (datetime.datetime):
    """

    area_code: str
    name: str
    months_left: None | str
    alert_threshold_months: str
    alert: bool
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        area_code = self.area_code

        name = self.name

        months_left: None | str
        months_left = self.months_left

        alert_threshold_months = self.alert_threshold_months

        alert = self.alert

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_code": area_code,
                "name": name,
                "months_left": months_left,
                "alert_threshold_months": alert_threshold_months,
                "alert": alert,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_code = d.pop("area_code")

        name = d.pop("name")

        def _parse_months_left(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        months_left = _parse_months_left(d.pop("months_left"))

        alert_threshold_months = d.pop("alert_threshold_months")

        alert = d.pop("alert")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        fund_months = cls(
            area_code=area_code,
            name=name,
            months_left=months_left,
            alert_threshold_months=alert_threshold_months,
            alert=alert,
            updated_at=updated_at,
        )

        return fund_months
