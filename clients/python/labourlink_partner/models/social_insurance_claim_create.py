from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_insurance_employment_finding import SocialInsuranceEmploymentFinding


T = TypeVar("T", bound="SocialInsuranceClaimCreate")


@_attrs_define
class SocialInsuranceClaimCreate:
    """An application for unemployment benefit; the termination defaults to the person's latest.

    Attributes:
        national_id (str):
        filed_on (datetime.date):
        termination_id (int | None | Unset):
        receives_pension (bool | Unset):  Default: False.
        receives_work_incapacity_allowance (bool | Unset):  Default: False.
        employment_findings (list[SocialInsuranceEmploymentFinding] | Unset):
    """

    national_id: str
    filed_on: datetime.date
    termination_id: int | None | Unset = UNSET
    receives_pension: bool | Unset = False
    receives_work_incapacity_allowance: bool | Unset = False
    employment_findings: list[SocialInsuranceEmploymentFinding] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        filed_on = self.filed_on.isoformat()

        termination_id: int | None | Unset
        if isinstance(self.termination_id, Unset):
            termination_id = UNSET
        else:
            termination_id = self.termination_id

        receives_pension = self.receives_pension

        receives_work_incapacity_allowance = self.receives_work_incapacity_allowance

        employment_findings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employment_findings, Unset):
            employment_findings = []
            for employment_findings_item_data in self.employment_findings:
                employment_findings_item = employment_findings_item_data.to_dict()
                employment_findings.append(employment_findings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "filed_on": filed_on,
            }
        )
        if termination_id is not UNSET:
            field_dict["termination_id"] = termination_id
        if receives_pension is not UNSET:
            field_dict["receives_pension"] = receives_pension
        if receives_work_incapacity_allowance is not UNSET:
            field_dict["receives_work_incapacity_allowance"] = receives_work_incapacity_allowance
        if employment_findings is not UNSET:
            field_dict["employment_findings"] = employment_findings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_insurance_employment_finding import SocialInsuranceEmploymentFinding  # noqa: PLC0415

        d = dict(src_dict)
        national_id = d.pop("national_id")

        filed_on = datetime.date.fromisoformat(d.pop("filed_on"))

        def _parse_termination_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        termination_id = _parse_termination_id(d.pop("termination_id", UNSET))

        receives_pension = d.pop("receives_pension", UNSET)

        receives_work_incapacity_allowance = d.pop("receives_work_incapacity_allowance", UNSET)

        _employment_findings = d.pop("employment_findings", UNSET)
        employment_findings: list[SocialInsuranceEmploymentFinding] | Unset = UNSET
        if _employment_findings is not UNSET:
            employment_findings = []
            for employment_findings_item_data in _employment_findings:
                employment_findings_item = SocialInsuranceEmploymentFinding.from_dict(employment_findings_item_data)

                employment_findings.append(employment_findings_item)

        social_insurance_claim_create = cls(
            national_id=national_id,
            filed_on=filed_on,
            termination_id=termination_id,
            receives_pension=receives_pension,
            receives_work_incapacity_allowance=receives_work_incapacity_allowance,
            employment_findings=employment_findings,
        )

        return social_insurance_claim_create
