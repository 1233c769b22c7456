from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceRecovery")


@_attrs_define
class SocialInsuranceRecovery:
    """
    Attributes:
        recovered_on (datetime.date): the day the overpayment was paid back
    """

    recovered_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        recovered_on = self.recovered_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recovered_on": recovered_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recovered_on = datetime.date.fromisoformat(d.pop("recovered_on"))

        social_insurance_recovery = cls(
            recovered_on=recovered_on,
        )

        return social_insurance_recovery
