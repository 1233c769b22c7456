from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourNewHire")


@_attrs_define
class LabourNewHire:
    """A partner agency's report that an employer hired a person (the tax agency knows who withholds
    income tax for whom).

        Attributes:
            national_id (str):
            employer_tax_code (str):
            employer_name (str):
            start_date (datetime.date):
            reported_by (str): the reporting agency's code
            reference (None | str | Unset): the reporting agency's own record of the hire
    """

    national_id: str
    employer_tax_code: str
    employer_name: str
    start_date: datetime.date
    reported_by: str
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        employer_tax_code = self.employer_tax_code

        employer_name = self.employer_name

        start_date = self.start_date.isoformat()

        reported_by = self.reported_by

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "employer_tax_code": employer_tax_code,
                "employer_name": employer_name,
                "start_date": start_date,
                "reported_by": reported_by,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        employer_tax_code = d.pop("employer_tax_code")

        employer_name = d.pop("employer_name")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        reported_by = d.pop("reported_by")

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        labour_new_hire = cls(
            national_id=national_id,
            employer_tax_code=employer_tax_code,
            employer_name=employer_name,
            start_date=start_date,
            reported_by=reported_by,
            reference=reference,
        )

        return labour_new_hire
