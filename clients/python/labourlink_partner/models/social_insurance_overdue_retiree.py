from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceOverdueRetiree")


@_attrs_define
class SocialInsuranceOverdueRetiree:
    """
    Attributes:
        retiree_id (int):
        national_id (str):
        full_name (str):
        community_code (str):
        last_certified_year (int | None):
    """

    retiree_id: int
    national_id: str
    full_name: str
    community_code: str
    last_certified_year: int | None

    def to_dict(self) -> dict[str, Any]:
        retiree_id = self.retiree_id

        national_id = self.national_id

        full_name = self.full_name

        community_code = self.community_code

        last_certified_year: int | None
        last_certified_year = self.last_certified_year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "retiree_id": retiree_id,
                "national_id": national_id,
                "full_name": full_name,
                "community_code": community_code,
                "last_certified_year": last_certified_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retiree_id = d.pop("retiree_id")

        national_id = d.pop("national_id")

        full_name = d.pop("full_name")

        community_code = d.pop("community_code")

        def _parse_last_certified_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_certified_year = _parse_last_certified_year(d.pop("last_certified_year"))

        social_insurance_overdue_retiree = cls(
            retiree_id=retiree_id,
            national_id=national_id,
            full_name=full_name,
            community_code=community_code,
            last_certified_year=last_certified_year,
        )

        return social_insurance_overdue_retiree
