from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsurancePublicNoticeEntry")


@_attrs_define
class SocialInsurancePublicNoticeEntry:
    """One line of the public list of benefit recipients (seed 001 §8), the ID masked.

    Attributes:
        name (str):
        masked_id (str):
        monthly_amount (str):
        from_date (datetime.date):
        months (int):
    """

    name: str
    masked_id: str
    monthly_amount: str
    from_date: datetime.date
    months: int

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        masked_id = self.masked_id

        monthly_amount = self.monthly_amount

        from_date = self.from_date.isoformat()

        months = self.months

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "masked_id": masked_id,
                "monthly_amount": monthly_amount,
                "from_date": from_date,
                "months": months,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        masked_id = d.pop("masked_id")

        monthly_amount = d.pop("monthly_amount")

        from_date = datetime.date.fromisoformat(d.pop("from_date"))

        months = d.pop("months")

        social_insurance_public_notice_entry = cls(
            name=name,
            masked_id=masked_id,
            monthly_amount=monthly_amount,
            from_date=from_date,
            months=months,
        )

        return social_insurance_public_notice_entry
