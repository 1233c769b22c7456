from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceContinuationRead")


@_attrs_define
class SocialInsuranceContinuationRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str):
        registered_on (datetime.date):
        monthly_contribution (str):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    registered_on: datetime.date
    monthly_contribution: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        registered_on = self.registered_on.isoformat()

        monthly_contribution = self.monthly_contribution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "registered_on": registered_on,
                "monthly_contribution": monthly_contribution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        registered_on = datetime.date.fromisoformat(d.pop("registered_on"))

        monthly_contribution = d.pop("monthly_contribution")

        social_insurance_continuation_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            registered_on=registered_on,
            monthly_contribution=monthly_contribution,
        )

        return social_insurance_continuation_read
