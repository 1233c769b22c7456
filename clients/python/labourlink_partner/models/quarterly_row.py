from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quarterly_row_actions import QuarterlyRowActions


T = TypeVar("T", bound="QuarterlyRow")


@_attrs_define
class QuarterlyRow:
    """
    Attributes:
        registrations (int):
        actions (QuarterlyRowActions): assistance actions and outcomes dated in the quarter, by kind
        province (None | str | Unset):
        district (None | str | Unset):
        centre_code (None | str | Unset):
    """

    registrations: int
    actions: QuarterlyRowActions
    province: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    centre_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        registrations = self.registrations

        actions = self.actions.to_dict()

        province: None | str | Unset
        if isinstance(self.province, Unset):
            province = UNSET
        else:
            province = self.province

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        centre_code: None | str | Unset
        if isinstance(self.centre_code, Unset):
            centre_code = UNSET
        else:
            centre_code = self.centre_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "registrations": registrations,
                "actions": actions,
            }
        )
        if province is not UNSET:
            field_dict["province"] = province
        if district is not UNSET:
            field_dict["district"] = district
        if centre_code is not UNSET:
            field_dict["centre_code"] = centre_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarterly_row_actions import QuarterlyRowActions  # noqa: PLC0415

        d = dict(src_dict)
        registrations = d.pop("registrations")

        actions = QuarterlyRowActions.from_dict(d.pop("actions"))

        def _parse_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        province = _parse_province(d.pop("province", UNSET))

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_centre_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        centre_code = _parse_centre_code(d.pop("centre_code", UNSET))

        quarterly_row = cls(
            registrations=registrations,
            actions=actions,
            province=province,
            district=district,
            centre_code=centre_code,
        )

        return quarterly_row
