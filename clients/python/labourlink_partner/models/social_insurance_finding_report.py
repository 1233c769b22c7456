from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.social_insurance_employment_finding import SocialInsuranceEmploymentFinding


T = TypeVar("T", bound="SocialInsuranceFindingReport")


@_attrs_define
class SocialInsuranceFindingReport:
    """Evidence that a person on benefit works (Jilin §8: contract, licence, permit, or de facto work).

    Attributes:
        finding (SocialInsuranceEmploymentFinding): Evidence that a person works (Jilin's hidden-employment rule).
        found_on (datetime.date):
    """

    finding: SocialInsuranceEmploymentFinding
    found_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        finding = self.finding.to_dict()

        found_on = self.found_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "finding": finding,
                "found_on": found_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_insurance_employment_finding import SocialInsuranceEmploymentFinding  # noqa: PLC0415

        d = dict(src_dict)
        finding = SocialInsuranceEmploymentFinding.from_dict(d.pop("finding"))

        found_on = datetime.date.fromisoformat(d.pop("found_on"))

        social_insurance_finding_report = cls(
            finding=finding,
            found_on=found_on,
        )

        return social_insurance_finding_report
