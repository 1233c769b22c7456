from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.social_insurance_forecast_month import SocialInsuranceForecastMonth


T = TypeVar("T", bound="SocialInsuranceFundForecast")


@_attrs_define
class SocialInsuranceFundForecast:
    """The months ahead of a fund area: the benefits running now until their months run out, and
    new benefits starting at the rate of the last three whole months, each paying the average
    amount for the average duration of those.

        Attributes:
            area_code (str):
            claim_rate (str): new benefits a month: those started in the last three whole months, over 3
            new_benefit_amount (str): their average monthly amount
            new_benefit_months (int): their average duration in months, rounded up
            months (list[SocialInsuranceForecastMonth]):
    """

    area_code: str
    claim_rate: str
    new_benefit_amount: str
    new_benefit_months: int
    months: list[SocialInsuranceForecastMonth]

    def to_dict(self) -> dict[str, Any]:
        area_code = self.area_code

        claim_rate = self.claim_rate

        new_benefit_amount = self.new_benefit_amount

        new_benefit_months = self.new_benefit_months

        months = []
        for months_item_data in self.months:
            months_item = months_item_data.to_dict()
            months.append(months_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "area_code": area_code,
                "claim_rate": claim_rate,
                "new_benefit_amount": new_benefit_amount,
                "new_benefit_months": new_benefit_months,
                "months": months,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_insurance_forecast_month import SocialInsuranceForecastMonth  # noqa: PLC0415

        d = dict(src_dict)
        area_code = d.pop("area_code")

        claim_rate = d.pop("claim_rate")

        new_benefit_amount = d.pop("new_benefit_amount")

        new_benefit_months = d.pop("new_benefit_months")

        months = []
        _months = d.pop("months")
        for months_item_data in _months:
            months_item = SocialInsuranceForecastMonth.from_dict(months_item_data)

            months.append(months_item)

        social_insurance_fund_forecast = cls(
            area_code=area_code,
            claim_rate=claim_rate,
            new_benefit_amount=new_benefit_amount,
            new_benefit_months=new_benefit_months,
            months=months,
        )

        return social_insurance_fund_forecast
