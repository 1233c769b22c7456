from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceOverpaymentRead")


@_attrs_define
class SocialInsuranceOverpaymentRead:
    """
    Attributes:
        id (int):
        benefit_id (int):
        national_id (str):
        amount (str):
        months (int):
        reason (str):
        detected_on (datetime.date):
        recovered_on (datetime.date | None):
    """

    id: int
    benefit_id: int
    national_id: str
    amount: str
    months: int
    reason: str
    detected_on: datetime.date
    recovered_on: datetime.date | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        benefit_id = self.benefit_id

        national_id = self.national_id

        amount = self.amount

        months = self.months

        reason = self.reason

        detected_on = self.detected_on.isoformat()

        recovered_on: None | str
        if isinstance(self.recovered_on, datetime.date):
            recovered_on = self.recovered_on.isoformat()
        else:
            recovered_on = self.recovered_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "benefit_id": benefit_id,
                "national_id": national_id,
                "amount": amount,
                "months": months,
                "reason": reason,
                "detected_on": detected_on,
                "recovered_on": recovered_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        benefit_id = d.pop("benefit_id")

        national_id = d.pop("national_id")

        amount = d.pop("amount")

        months = d.pop("months")

        reason = d.pop("reason")

        detected_on = datetime.date.fromisoformat(d.pop("detected_on"))

        def _parse_recovered_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recovered_on_type_0 = datetime.date.fromisoformat(data)

                return recovered_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        recovered_on = _parse_recovered_on(d.pop("recovered_on"))

        social_insurance_overpayment_read = cls(
            id=id,
            benefit_id=benefit_id,
            national_id=national_id,
            amount=amount,
            months=months,
            reason=reason,
            detected_on=detected_on,
            recovered_on=recovered_on,
        )

        return social_insurance_overpayment_read
