from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceStaffing")


@_attrs_define
class SocialInsuranceStaffing:
    """Labour-station staff a community needs: one per 500 retirees, at most four per station (seed 002).

    Attributes:
        community_code (str):
        retirees (int):
        staff_needed (int):
        stations_needed (int): more than one station when four staff cannot cover the retirees
    """

    community_code: str
    retirees: int
    staff_needed: int
    stations_needed: int

    def to_dict(self) -> dict[str, Any]:
        community_code = self.community_code

        retirees = self.retirees

        staff_needed = self.staff_needed

        stations_needed = self.stations_needed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "community_code": community_code,
                "retirees": retirees,
                "staff_needed": staff_needed,
                "stations_needed": stations_needed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        community_code = d.pop("community_code")

        retirees = d.pop("retirees")

        staff_needed = d.pop("staff_needed")

        stations_needed = d.pop("stations_needed")

        social_insurance_staffing = cls(
            community_code=community_code,
            retirees=retirees,
            staff_needed=staff_needed,
            stations_needed=stations_needed,
        )

        return social_insurance_staffing
