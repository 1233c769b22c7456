from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialInsuranceContributionReport")


@_attrs_define
class SocialInsuranceContributionReport:
    """One person's month in an employer's monthly report.

    Attributes:
        national_id (str):
        employer_tax_code (str):
        month (str):
        insured_salary (float | str):
        pension_individual (float | str):
        pension_employer (float | str):
        unemployment (float | str):
        health (float | str):
        due_on (datetime.date):
        paid_on (datetime.date | None | Unset):
    """

    national_id: str
    employer_tax_code: str
    month: str
    insured_salary: float | str
    pension_individual: float | str
    pension_employer: float | str
    unemployment: float | str
    health: float | str
    due_on: datetime.date
    paid_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        employer_tax_code = self.employer_tax_code

        month = self.month

        insured_salary: float | str
        insured_salary = self.insured_salary

        pension_individual: float | str
        pension_individual = self.pension_individual

        pension_employer: float | str
        pension_employer = self.pension_employer

        unemployment: float | str
        unemployment = self.unemployment

        health: float | str
        health = self.health

        due_on = self.due_on.isoformat()

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
                "health": health,
                "due_on": due_on,
            }
        )
        if paid_on is not UNSET:
            field_dict["paid_on"] = paid_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        employer_tax_code = d.pop("employer_tax_code")

        month = d.pop("month")

        def _parse_insured_salary(data: object) -> float | str:
            return cast(float | str, data)

        insured_salary = _parse_insured_salary(d.pop("insured_salary"))

        def _parse_pension_individual(data: object) -> float | str:
            return cast(float | str, data)

        pension_individual = _parse_pension_individual(d.pop("pension_individual"))

        def _parse_pension_employer(data: object) -> float | str:
            return cast(float | str, data)

        pension_employer = _parse_pension_employer(d.pop("pension_employer"))

        def _parse_unemployment(data: object) -> float | str:
            return cast(float | str, data)

        unemployment = _parse_unemployment(d.pop("unemployment"))

        def _parse_health(data: object) -> float | str:
            return cast(float | str, data)

        health = _parse_health(d.pop("health"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

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

        social_insurance_contribution_report = cls(
            national_id=national_id,
            employer_tax_code=employer_tax_code,
            month=month,
            insured_salary=insured_salary,
            pension_individual=pension_individual,
            pension_employer=pension_employer,
            unemployment=unemployment,
            health=health,
            due_on=due_on,
            paid_on=paid_on,
        )

        return social_insurance_contribution_report
