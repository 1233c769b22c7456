from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SocialInsuranceArrears")


@_attrs_define
class SocialInsuranceArrears:
    """An employer with unpaid or late months.

    Attributes:
        employer_tax_code (str):
        unpaid_months (int):
        amount_owed (str):
        late_months (int):
    """

    employer_tax_code: str
    unpaid_months: int
    amount_owed: str
    late_months: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employer_tax_code = self.employer_tax_code

        unpaid_months = self.unpaid_months

        amount_owed = self.amount_owed

        late_months = self.late_months

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employer_tax_code": employer_tax_code,
                "unpaid_months": unpaid_months,
                "amount_owed": amount_owed,
                "late_months": late_months,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employer_tax_code = d.pop("employer_tax_code")

        unpaid_months = d.pop("unpaid_months")

        amount_owed = d.pop("amount_owed")

        late_months = d.pop("late_months")

        social_insurance_arrears = cls(
            employer_tax_code=employer_tax_code,
            unpaid_months=unpaid_months,
            amount_owed=amount_owed,
            late_months=late_months,
        )

        social_insurance_arrears.additional_properties = d
        return social_insurance_arrears

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
