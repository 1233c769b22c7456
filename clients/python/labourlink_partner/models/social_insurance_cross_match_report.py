from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.social_insurance_cross_match_area import SocialInsuranceCrossMatchArea


T = TypeVar("T", bound="SocialInsuranceCrossMatchReport")


@_attrs_define
class SocialInsuranceCrossMatchReport:
    """Seed 003 III.9: people paid benefit in a month in which any channel shows work, per fund area.

    Attributes:
        areas (list[SocialInsuranceCrossMatchArea]):
    """

    areas: list[SocialInsuranceCrossMatchArea]

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
        from ..models.social_insurance_cross_match_area import SocialInsuranceCrossMatchArea  # noqa: PLC0415

        d = dict(src_dict)
        areas = []
        _areas = d.pop("areas")
        for areas_item_data in _areas:
            areas_item = SocialInsuranceCrossMatchArea.from_dict(areas_item_data)

            areas.append(areas_item)

        social_insurance_cross_match_report = cls(
            areas=areas,
        )

        return social_insurance_cross_match_report
