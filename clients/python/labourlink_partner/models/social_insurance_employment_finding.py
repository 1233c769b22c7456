from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.social_insurance_employment_finding_kind import SocialInsuranceEmploymentFindingKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialInsuranceEmploymentFinding")


@_attrs_define
class SocialInsuranceEmploymentFinding:
    """Evidence that a person works (Jilin's hidden-employment rule).

    Attributes:
        kind (SocialInsuranceEmploymentFindingKind):
        consecutive_months (int | Unset):  Default: 0.
        monthly_income (float | None | str | Unset):
    """

    kind: SocialInsuranceEmploymentFindingKind
    consecutive_months: int | Unset = 0
    monthly_income: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        consecutive_months = self.consecutive_months

        monthly_income: float | None | str | Unset
        if isinstance(self.monthly_income, Unset):
            monthly_income = UNSET
        else:
            monthly_income = self.monthly_income

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if consecutive_months is not UNSET:
            field_dict["consecutive_months"] = consecutive_months
        if monthly_income is not UNSET:
            field_dict["monthly_income"] = monthly_income

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = SocialInsuranceEmploymentFindingKind(d.pop("kind"))

        consecutive_months = d.pop("consecutive_months", UNSET)

        def _parse_monthly_income(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        monthly_income = _parse_monthly_income(d.pop("monthly_income", UNSET))

        social_insurance_employment_finding = cls(
            kind=kind,
            consecutive_months=consecutive_months,
            monthly_income=monthly_income,
        )

        return social_insurance_employment_finding
