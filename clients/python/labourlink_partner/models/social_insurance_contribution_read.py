from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialInsuranceContributionRead")


@_attrs_define
class SocialInsuranceContributionRead:
    """
    Attributes:
        national_id (str):
        employer_tax_code (str):
        month (str):
        insured_salary (str):
        pension_individual (str):
        pension_employer (str):
        unemployment (str):
        due_on (datetime.date):
        id (int):
        health (str | Unset): (absent for agencies that may not see it)
        paid_on (datetime.date | None | Unset):
    """

    national_id: str
    employer_tax_code: str
    month: str
    insured_salary: str
    pension_individual: str
    pension_employer: str
    unemployment: str
    due_on: datetime.date
    id: int
    health: str | Unset = UNSET
    paid_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        employer_tax_code = self.employer_tax_code

        month = self.month

        insured_salary = self.insured_salary

        pension_individual = self.pension_individual

        pension_employer = self.pension_employer

        unemployment = self.unemployment

        due_on = self.due_on.isoformat()

        id = self.id

        health = self.health

        paid_on: None | str | Unset
        if isinstance(self.paid_on, Unset):
            paid_on = UNSET
        elif isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "employer_tax_code": employer_tax_code,
                "month": month,
                "insured_salary": insured_salary,
                "pension_individual": pension_individual,
                "pension_employer": pension_employer,
                "unemployment": unemployment,
                "due_on": due_on,
                "id": id,
            }
        )
        if health is not UNSET:
            field_dict["health"] = health
        if paid_on is not UNSET:
            field_dict["paid_on"] = paid_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        employer_tax_code = d.pop("employer_tax_code")

        month = d.pop("month")

        insured_salary = d.pop("insured_salary")

        pension_individual = d.pop("pension_individual")

        pension_employer = d.pop("pension_employer")

        unemployment = d.pop("unemployment")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        id = d.pop("id")

        health = d.pop("health", UNSET)

        def _parse_paid_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)

                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        paid_on = _parse_paid_on(d.pop("paid_on", UNSET))

        social_insurance_contribution_read = cls(
            national_id=national_id,
            employer_tax_code=employer_tax_code,
            month=month,
            insured_salary=insured_salary,
            pension_individual=pension_individual,
            pension_employer=pension_employer,
            unemployment=unemployment,
            due_on=due_on,
            id=id,
            health=health,
            paid_on=paid_on,
        )

        return social_insurance_contribution_read
