from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_contract_type import LabourContractType

T = TypeVar("T", bound="LabourContractRead")


@_attrs_define
class LabourContractRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        worker_id (int):
        employer_id (int):
        contract_type (LabourContractType):
        start_date (datetime.date):
        planned_end (datetime.date | None):
        insured_monthly_salary (str):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    worker_id: int
    employer_id: int
    contract_type: LabourContractType
    start_date: datetime.date
    planned_end: datetime.date | None
    insured_monthly_salary: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        worker_id = self.worker_id

        employer_id = self.employer_id

        contract_type = self.contract_type.value

        start_date = self.start_date.isoformat()

        planned_end: None | str
        if isinstance(self.planned_end, datetime.date):
            planned_end = self.planned_end.isoformat()
        else:
            planned_end = self.planned_end

        insured_monthly_salary = self.insured_monthly_salary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "worker_id": worker_id,
                "employer_id": employer_id,
                "contract_type": contract_type,
                "start_date": start_date,
                "planned_end": planned_end,
                "insured_monthly_salary": insured_monthly_salary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        worker_id = d.pop("worker_id")

        employer_id = d.pop("employer_id")

        contract_type = LabourContractType(d.pop("contract_type"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_planned_end(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_end_type_0 = datetime.date.fromisoformat(data)

                return planned_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        planned_end = _parse_planned_end(d.pop("planned_end"))

        insured_monthly_salary = d.pop("insured_monthly_salary")

        labour_contract_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            worker_id=worker_id,
            employer_id=employer_id,
            contract_type=contract_type,
            start_date=start_date,
            planned_end=planned_end,
            insured_monthly_salary=insured_monthly_salary,
        )

        return labour_contract_read
