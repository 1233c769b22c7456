from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsurancePensionPaymentRead")


@_attrs_define
class SocialInsurancePensionPaymentRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        month (str):
        amount (str):
        paid_on (datetime.date):
        continuation_id (int):
    """

    id: int
    created_at: datetime.datetime
    month: str
    amount: str
    paid_on: datetime.date
    continuation_id: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        month = self.month

        amount = self.amount

        paid_on = self.paid_on.isoformat()

        continuation_id = self.continuation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "month": month,
                "amount": amount,
                "paid_on": paid_on,
                "continuation_id": continuation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        month = d.pop("month")

        amount = d.pop("amount")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        continuation_id = d.pop("continuation_id")

        social_insurance_pension_payment_read = cls(
            id=id,
            created_at=created_at,
            month=month,
            amount=amount,
            paid_on=paid_on,
            continuation_id=continuation_id,
        )

        return social_insurance_pension_payment_read
