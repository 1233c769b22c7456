from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.social_insurance_ground_report_ground import SocialInsuranceGroundReportGround

T = TypeVar("T", bound="SocialInsuranceGroundReport")


@_attrs_define
class SocialInsuranceGroundReport:
    """A ground that ends a benefit, reported by the authority that knows it.

    Attributes:
        ground (SocialInsuranceGroundReportGround):
        effective_on (datetime.date):
    """

    ground: SocialInsuranceGroundReportGround
    effective_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        ground = self.ground.value

        effective_on = self.effective_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ground": ground,
                "effective_on": effective_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ground = SocialInsuranceGroundReportGround(d.pop("ground"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        social_insurance_ground_report = cls(
            ground=ground,
            effective_on=effective_on,
        )

        return social_insurance_ground_report
