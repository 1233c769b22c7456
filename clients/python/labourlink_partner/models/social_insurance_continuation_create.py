from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceContinuationCreate")


@_attrs_define
class SocialInsuranceContinuationCreate:
    """An unemployed person registers to keep paying pension contributions individually (seed 004).

    Attributes:
        national_id (str):
        registered_on (datetime.date):
        monthly_contribution (float | str):
    """

    national_id: str
    registered_on: datetime.date
    monthly_contribution: float | str

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        registered_on = self.registered_on.isoformat()

        monthly_contribution: float | str
        monthly_contribution = self.monthly_contribution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "registered_on": registered_on,
                "monthly_contribution": monthly_contribution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        registered_on = datetime.date.fromisoformat(d.pop("registered_on"))

        def _parse_monthly_contribution(data: object) -> float | str:
            return cast(float | str, data)

        monthly_contribution = _parse_monthly_contribution(d.pop("monthly_contribution"))

        social_insurance_continuation_create = cls(
            national_id=national_id,
            registered_on=registered_on,
            monthly_contribution=monthly_contribution,
        )

        return social_insurance_continuation_create
