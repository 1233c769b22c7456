from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.social_insurance_cross_match_case import SocialInsuranceCrossMatchCase


T = TypeVar("T", bound="SocialInsuranceCrossMatchArea")


@_attrs_define
class SocialInsuranceCrossMatchArea:
    """
    Attributes:
        fund_area (str):
        cases_found (int):
        cases_recovered (int):
        overpayment (str):
        cases (list[SocialInsuranceCrossMatchCase]):
    """

    fund_area: str
    cases_found: int
    cases_recovered: int
    overpayment: str
    cases: list[SocialInsuranceCrossMatchCase]

    def to_dict(self) -> dict[str, Any]:
        fund_area = self.fund_area

        cases_found = self.cases_found

        cases_recovered = self.cases_recovered

        overpayment = self.overpayment

        cases = []
        for cases_item_data in self.cases:
            cases_item = cases_item_data.to_dict()
            cases.append(cases_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fund_area": fund_area,
                "cases_found": cases_found,
                "cases_recovered": cases_recovered,
                "overpayment": overpayment,
                "cases": cases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_insurance_cross_match_case import SocialInsuranceCrossMatchCase  # noqa: PLC0415

        d = dict(src_dict)
        fund_area = d.pop("fund_area")

        cases_found = d.pop("cases_found")

        cases_recovered = d.pop("cases_recovered")

        overpayment = d.pop("overpayment")

        cases = []
        _cases = d.pop("cases")
        for cases_item_data in _cases:
            cases_item = SocialInsuranceCrossMatchCase.from_dict(cases_item_data)

            cases.append(cases_item)

        social_insurance_cross_match_area = cls(
            fund_area=fund_area,
            cases_found=cases_found,
            cases_recovered=cases_recovered,
            overpayment=overpayment,
            cases=cases,
        )

        return social_insurance_cross_match_area
