from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceForecastMonth")


@_attrs_define
class SocialInsuranceForecastMonth:
    """One month ahead in a fund area's forecast.

    Attributes:
        month (datetime.date): the month's first day
        recipients (str): people paid that month; new claims at the current rate count in fractions
        expenditure (str): what the area pays that month, at least the reported expenditure
        net_outflow (str):
        balance (str): at the month's end
        months_left (None | str): null: income covers expenditure
        below_threshold (bool):
    """

    month: datetime.date
    recipients: str
    expenditure: str
    net_outflow: str
    balance: str
    months_left: None | str
    below_threshold: bool

    def to_dict(self) -> dict[str, Any]:
        month = self.month.isoformat()

        recipients = self.recipients

        expenditure = self.expenditure

        net_outflow = self.net_outflow

        balance = self.balance

        months_left: None | str
        months_left = self.months_left

        below_threshold = self.below_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "month": month,
                "recipients": recipients,
                "expenditure": expenditure,
                "net_outflow": net_outflow,
                "balance": balance,
                "months_left": months_left,
                "below_threshold": below_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = datetime.date.fromisoformat(d.pop("month"))

        recipients = d.pop("recipients")

        expenditure = d.pop("expenditure")

        net_outflow = d.pop("net_outflow")

        balance = d.pop("balance")

        def _parse_months_left(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        months_left = _parse_months_left(d.pop("months_left"))

        below_threshold = d.pop("below_threshold")

        social_insurance_forecast_month = cls(
            month=month,
            recipients=recipients,
            expenditure=expenditure,
            net_outflow=net_outflow,
            balance=balance,
            months_left=months_left,
            below_threshold=below_threshold,
        )

        return social_insurance_forecast_month
