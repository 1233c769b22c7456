from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourMissedCheck")


@_attrs_define
class LabourMissedCheck:
    """
    Attributes:
        month (str):
        centre_code (None | str | Unset): check one centre's registrations; default: every centre
    """

    month: str
    centre_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        centre_code: None | str | Unset
        if isinstance(self.centre_code, Unset):
            centre_code = UNSET
        else:
            centre_code = self.centre_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "month": month,
            }
        )
        if centre_code is not UNSET:
            field_dict["centre_code"] = centre_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        def _parse_centre_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        centre_code = _parse_centre_code(d.pop("centre_code", UNSET))

        labour_missed_check = cls(
            month=month,
            centre_code=centre_code,
        )

        return labour_missed_check
