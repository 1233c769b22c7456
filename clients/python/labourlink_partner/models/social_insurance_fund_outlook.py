from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocialInsuranceFundOutlook")


@_attrs_define
class SocialInsuranceFundOutlook:
    """How many months the fund can still pay at the current rate (seed 001 §6).

    Attributes:
        area_code (str):
        name (str):
        balance (str):
        monthly_income (str):
        monthly_expenditure (str): the reported expenditure, or the current recipients' benefits if higher
        current_recipients (int):
        recipients_monthly_benefits (str):
        monthly_net_outflow (str):
        months_left (None | str): null: income covers expenditure
        alert_threshold_months (str):
        alert (bool):
        updated_at (datetime.datetime):
    """

    area_code: str
    name: str
    balance: str
    monthly_income: str
    monthly_expenditure: str
    current_recipients: int
    recipients_monthly_benefits: str
    monthly_net_outflow: str
    months_left: None | str
    alert_threshold_months: str
    alert: bool
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        area_code = self.area_code

        name = self.name

        balance = self.balance

        monthly_income = self.monthly_income

        monthly_expenditure = self.monthly_expenditure

        current_recipients = self.current_recipients

        recipients_monthly_benefits = self.recipients_monthly_benefits

        monthly_net_outflow = self.monthly_net_outflow

        months_left: None | str
        months_left = self.months_left

        alert_threshold_months = self.alert_threshold_months

        alert = self.alert

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_code": area_code,
                "name": name,
                "balance": balance,
                "monthly_income": monthly_income,
                "monthly_expenditure": monthly_expenditure,
                "current_recipients": current_recipients,
                "recipients_monthly_benefits": recipients_monthly_benefits,
                "monthly_net_outflow": monthly_net_outflow,
                "months_left": months_left,
                "alert_threshold_months": alert_threshold_months,
                "alert": alert,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area_code = d.pop("area_code")

        name = d.pop("name")

        balance = d.pop("balance")

        monthly_income = d.pop("monthly_income")

        monthly_expenditure = d.pop("monthly_expenditure")

        current_recipients = d.pop("current_recipients")

        recipients_monthly_benefits = d.pop("recipients_monthly_benefits")

        monthly_net_outflow = d.pop("monthly_net_outflow")

        def _parse_months_left(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        months_left = _parse_months_left(d.pop("months_left"))

        alert_threshold_months = d.pop("alert_threshold_months")

        alert = d.pop("alert")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        social_insurance_fund_outlook = cls(
            area_code=area_code,
            name=name,
            balance=balance,
            monthly_income=monthly_income,
            monthly_expenditure=monthly_expenditure,
            current_recipients=current_recipients,
            recipients_monthly_benefits=recipients_monthly_benefits,
            monthly_net_outflow=monthly_net_outflow,
            months_left=months_left,
            alert_threshold_months=alert_threshold_months,
            alert=alert,
            updated_at=updated_at,
        )

        return social_insurance_fund_outlook
