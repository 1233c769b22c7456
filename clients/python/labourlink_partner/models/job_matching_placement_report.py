from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMatchingPlacementReport")


@_attrs_define
class JobMatchingPlacementReport:
    """A seeker who found work on their own, as their centre reports it.

    Attributes:
        national_id (str):
        employer_name (str):
        start_date (datetime.date):
        monthly_wage (float | str):
        employer_tax_code (None | str | Unset):
        centre_code (None | str | Unset): default: the seeker's centre
    """

    national_id: str
    employer_name: str
    start_date: datetime.date
    monthly_wage: float | str
    employer_tax_code: None | str | Unset = UNSET
    centre_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        employer_name = self.employer_name

        start_date = self.start_date.isoformat()

        monthly_wage: float | str
        monthly_wage = self.monthly_wage

        employer_tax_code: None | str | Unset
        if isinstance(self.employer_tax_code, Unset):
            employer_tax_code = UNSET
        else:
            employer_tax_code = self.employer_tax_code

        centre_code: None | str | Unset
        if isinstance(self.centre_code, Unset):
            centre_code = UNSET
        else:
            centre_code = self.centre_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "employer_name": employer_name,
                "start_date": start_date,
                "monthly_wage": monthly_wage,
            }
        )
        if employer_tax_code is not UNSET:
            field_dict["employer_tax_code"] = employer_tax_code
        if centre_code is not UNSET:
            field_dict["centre_code"] = centre_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        employer_name = d.pop("employer_name")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_monthly_wage(data: object) -> float | str:
            return cast(float | str, data)

        monthly_wage = _parse_monthly_wage(d.pop("monthly_wage"))

        def _parse_employer_tax_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employer_tax_code = _parse_employer_tax_code(d.pop("employer_tax_code", UNSET))

        def _parse_centre_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        centre_code = _parse_centre_code(d.pop("centre_code", UNSET))

        job_matching_placement_report = cls(
            national_id=national_id,
            employer_name=employer_name,
            start_date=start_date,
            monthly_wage=monthly_wage,
            employer_tax_code=employer_tax_code,
            centre_code=centre_code,
        )

        return job_matching_placement_report
