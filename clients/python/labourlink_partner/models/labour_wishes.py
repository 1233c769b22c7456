from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourWishes")


@_attrs_define
class LabourWishes:
    """What work the person looks for.

    Attributes:
        occupations (list[str] | Unset): ISCO-08 codes (1 to 4 digits)
        provinces (list[str] | Unset):
        districts (list[str] | Unset):
        minimum_monthly_wage (float | None | str | Unset):
        willing_to_relocate (bool | Unset):  Default: False.
    """

    occupations: list[str] | Unset = UNSET
    provinces: list[str] | Unset = UNSET
    districts: list[str] | Unset = UNSET
    minimum_monthly_wage: float | None | str | Unset = UNSET
    willing_to_relocate: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        occupations: list[str] | Unset = UNSET
        if not isinstance(self.occupations, Unset):
            occupations = self.occupations

        provinces: list[str] | Unset = UNSET
        if not isinstance(self.provinces, Unset):
            provinces = self.provinces

        districts: list[str] | Unset = UNSET
        if not isinstance(self.districts, Unset):
            districts = self.districts

        minimum_monthly_wage: float | None | str | Unset
        if isinstance(self.minimum_monthly_wage, Unset):
            minimum_monthly_wage = UNSET
        else:
            minimum_monthly_wage = self.minimum_monthly_wage

        willing_to_relocate = self.willing_to_relocate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if occupations is not UNSET:
            field_dict["occupations"] = occupations
        if provinces is not UNSET:
            field_dict["provinces"] = provinces
        if districts is not UNSET:
            field_dict["districts"] = districts
        if minimum_monthly_wage is not UNSET:
            field_dict["minimum_monthly_wage"] = minimum_monthly_wage
        if willing_to_relocate is not UNSET:
            field_dict["willing_to_relocate"] = willing_to_relocate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occupations = cast(list[str], d.pop("occupations", UNSET))

        provinces = cast(list[str], d.pop("provinces", UNSET))

        districts = cast(list[str], d.pop("districts", UNSET))

        def _parse_minimum_monthly_wage(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        minimum_monthly_wage = _parse_minimum_monthly_wage(d.pop("minimum_monthly_wage", UNSET))

        willing_to_relocate = d.pop("willing_to_relocate", UNSET)

        labour_wishes = cls(
            occupations=occupations,
            provinces=provinces,
            districts=districts,
            minimum_monthly_wage=minimum_monthly_wage,
            willing_to_relocate=willing_to_relocate,
        )

        return labour_wishes
