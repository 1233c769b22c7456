from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.social_insurance_payment_status import SocialInsurancePaymentStatus

T = TypeVar("T", bound="SocialInsurancePaymentRead")


@_attrs_define
class SocialInsurancePaymentRead:
    """
    Attributes:
        number (int):
        period_start (datetime.date):
        period_end (datetime.date):
        amount (str):
        status (SocialInsurancePaymentStatus): One month of a benefit: scheduled, paid, or cancelled when the benefit
            ended before it.
        paid_on (datetime.date | None):
    """

    number: int
    period_start: datetime.date
    period_end: datetime.date
    amount: str
    status: SocialInsurancePaymentStatus
    paid_on: datetime.date | None

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        amount = self.amount

        status = self.status.value

        paid_on: None | str
        if isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "period_start": period_start,
                "period_end": period_end,
                "amount": amount,
                "status": status,
                "paid_on": paid_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        amount = d.pop("amount")

        status = SocialInsurancePaymentStatus(d.pop("status"))

        def _parse_paid_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        paid_on = _parse_paid_on(d.pop("paid_on"))

        social_insurance_payment_read = cls(
            number=number,
            period_start=period_start,
            period_end=period_end,
            amount=amount,
            status=status,
            paid_on=paid_on,
        )

        return social_insurance_payment_read
