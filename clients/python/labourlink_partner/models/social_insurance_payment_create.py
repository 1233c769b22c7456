from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsurancePaymentCreate")


@_attrs_define
class SocialInsurancePaymentCreate:
    """
    Attributes:
        month (str):
        amount (float | str):
        paid_on (datetime.date):
    """

    month: str
    amount: float | str
    paid_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        amount: float | str
        amount = self.amount

        paid_on = self.paid_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "month": month,
                "amount": amount,
                "paid_on": paid_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        social_insurance_payment_create = cls(
            month=month,
            amount=amount,
            paid_on=paid_on,
        )

        return social_insurance_payment_create
