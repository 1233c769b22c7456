from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_contract_type import LabourContractType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourContractCreate")


@_attrs_define
class LabourContractCreate:
    """A labour contract between a known worker and a known employer.

    Attributes:
        national_id (str):
        employer_tax_code (str):
        contract_type (LabourContractType):
        start_date (datetime.date):
        insured_monthly_salary (float | str):
        planned_end (datetime.date | None | Unset): required for definite-term and seasonal contracts
    """

    national_id: str
    employer_tax_code: str
    contract_type: LabourContractType
    start_date: datetime.date
    insured_monthly_salary: float | str
    planned_end: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        employer_tax_code = self.employer_tax_code

        contract_type = self.contract_type.value

        start_date = self.start_date.isoformat()

        insured_monthly_salary: float | str
        insured_monthly_salary = self.insured_monthly_salary

        planned_end: None | str | Unset
        if isinstance(self.planned_end, Unset):
            planned_end = UNSET
        elif isinstance(self.planned_end, datetime.date):
            planned_end = self.planned_end.isoformat()
        else:
            planned_end = self.planned_end

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "employer_tax_code": employer_tax_code,
                "contract_type": contract_type,
                "start_date": start_date,
                "insured_monthly_salary": insured_monthly_salary,
            }
        )
        if planned_end is not UNSET:
            field_dict["planned_end"] = planned_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        employer_tax_code = d.pop("employer_tax_code")

        contract_type = LabourContractType(d.pop("contract_type"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_insured_monthly_salary(data: object) -> float | str:
            return cast(float | str, data)

        insured_monthly_salary = _parse_insured_monthly_salary(d.pop("insured_monthly_salary"))

        def _parse_planned_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_end_type_0 = datetime.date.fromisoformat(data)

                return planned_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        planned_end = _parse_planned_end(d.pop("planned_end", UNSET))

        labour_contract_create = cls(
            national_id=national_id,
            employer_tax_code=employer_tax_code,
            contract_type=contract_type,
            start_date=start_date,
            insured_monthly_salary=insured_monthly_salary,
            planned_end=planned_end,
        )

        return labour_contract_create
