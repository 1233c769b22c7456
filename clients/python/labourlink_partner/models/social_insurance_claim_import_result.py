from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.social_insurance_claim_import_result_status import SocialInsuranceClaimImportResultStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_insurance_claim_import_result_problem_type_0 import (
        SocialInsuranceClaimImportResultProblemType0,
    )


T = TypeVar("T", bound="SocialInsuranceClaimImportResult")


@_attrs_define
class SocialInsuranceClaimImportResult:
    """What the import did with one line: created, unchanged (the claim was decided before: its id) or rejected.

    Attributes:
        line (int):
        status (SocialInsuranceClaimImportResultStatus):
        id (int | None | Unset):
        problem (None | SocialInsuranceClaimImportResultProblemType0 | Unset): why the line was rejected (problem
            details: each field and rule)
        eligible (bool | None | Unset):
    """

    line: int
    status: SocialInsuranceClaimImportResultStatus
    id: int | None | Unset = UNSET
    problem: None | SocialInsuranceClaimImportResultProblemType0 | Unset = UNSET
    eligible: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.social_insurance_claim_import_result_problem_type_0 import (
            SocialInsuranceClaimImportResultProblemType0,  # noqa: PLC0415
        )

        line = self.line

        status = self.status.value

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        problem: dict[str, Any] | None | Unset
        if isinstance(self.problem, Unset):
            problem = UNSET
        elif isinstance(self.problem, SocialInsuranceClaimImportResultProblemType0):
            problem = self.problem.to_dict()
        else:
            problem = self.problem

        eligible: bool | None | Unset
        if isinstance(self.eligible, Unset):
            eligible = UNSET
        else:
            eligible = self.eligible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line": line,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if problem is not UNSET:
            field_dict["problem"] = problem
        if eligible is not UNSET:
            field_dict["eligible"] = eligible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_insurance_claim_import_result_problem_type_0 import (
            SocialInsuranceClaimImportResultProblemType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        line = d.pop("line")

        status = SocialInsuranceClaimImportResultStatus(d.pop("status"))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_problem(data: object) -> None | SocialInsuranceClaimImportResultProblemType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                problem_type_0 = SocialInsuranceClaimImportResultProblemType0.from_dict(data)

                return problem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SocialInsuranceClaimImportResultProblemType0 | Unset, data)

        problem = _parse_problem(d.pop("problem", UNSET))

        def _parse_eligible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        eligible = _parse_eligible(d.pop("eligible", UNSET))

        social_insurance_claim_import_result = cls(
            line=line,
            status=status,
            id=id,
            problem=problem,
            eligible=eligible,
        )

        social_insurance_claim_import_result.additional_properties = d
        return social_insurance_claim_import_result

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
