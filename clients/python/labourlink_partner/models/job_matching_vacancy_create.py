from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_matching_contract_type import JobMatchingContractType
from ..models.job_matching_jurisdiction import JobMatchingJurisdiction
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMatchingVacancyCreate")


@_attrs_define
class JobMatchingVacancyCreate:
    """A vacancy an employer reports; the occupation as ISCO-08 or as a mapped national code.

    Attributes:
        jurisdiction (JobMatchingJurisdiction):
        employer_tax_code (str):
        employer_name (str):
        title (str):
        province (str):
        district (str):
        contract_type (JobMatchingContractType):
        openings (int):
        closing_date (datetime.date):
        isco_code (None | str | Unset):
        national_occupation_code (None | str | Unset): mapped to ISCO-08 through /occupations/mappings
        skills (list[str] | Unset):
        wage_min (float | None | str | Unset):
        wage_max (float | None | str | Unset):
        public_welfare (bool | Unset): a public-welfare job (公益性岗位): people in special hardship come first Default:
            False.
    """

    jurisdiction: JobMatchingJurisdiction
    employer_tax_code: str
    employer_name: str
    title: str
    province: str
    district: str
    contract_type: JobMatchingContractType
    openings: int
    closing_date: datetime.date
    isco_code: None | str | Unset = UNSET
    national_occupation_code: None | str | Unset = UNSET
    skills: list[str] | Unset = UNSET
    wage_min: float | None | str | Unset = UNSET
    wage_max: float | None | str | Unset = UNSET
    public_welfare: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        jurisdiction = self.jurisdiction.value

        employer_tax_code = self.employer_tax_code

        employer_name = self.employer_name

        title = self.title

        province = self.province

        district = self.district

        contract_type = self.contract_type.value

        openings = self.openings

        closing_date = self.closing_date.isoformat()

        isco_code: None | str | Unset
        if isinstance(self.isco_code, Unset):
            isco_code = UNSET
        else:
            isco_code = self.isco_code

        national_occupation_code: None | str | Unset
        if isinstance(self.national_occupation_code, Unset):
            national_occupation_code = UNSET
        else:
            national_occupation_code = self.national_occupation_code

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        wage_min: float | None | str | Unset
        if isinstance(self.wage_min, Unset):
            wage_min = UNSET
        else:
            wage_min = self.wage_min

        wage_max: float | None | str | Unset
        if isinstance(self.wage_max, Unset):
            wage_max = UNSET
        else:
            wage_max = self.wage_max

        public_welfare = self.public_welfare

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "jurisdiction": jurisdiction,
                "employer_tax_code": employer_tax_code,
                "employer_name": employer_name,
                "title": title,
                "province": province,
                "district": district,
                "contract_type": contract_type,
                "openings": openings,
                "closing_date": closing_date,
            }
        )
        if isco_code is not UNSET:
            field_dict["isco_code"] = isco_code
        if national_occupation_code is not UNSET:
            field_dict["national_occupation_code"] = national_occupation_code
        if skills is not UNSET:
            field_dict["skills"] = skills
        if wage_min is not UNSET:
            field_dict["wage_min"] = wage_min
        if wage_max is not UNSET:
            field_dict["wage_max"] = wage_max
        if public_welfare is not UNSET:
            field_dict["public_welfare"] = public_welfare

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jurisdiction = JobMatchingJurisdiction(d.pop("jurisdiction"))

        employer_tax_code = d.pop("employer_tax_code")

        employer_name = d.pop("employer_name")

        title = d.pop("title")

        province = d.pop("province")

        district = d.pop("district")

        contract_type = JobMatchingContractType(d.pop("contract_type"))

        openings = d.pop("openings")

        closing_date = datetime.date.fromisoformat(d.pop("closing_date"))

        def _parse_isco_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isco_code = _parse_isco_code(d.pop("isco_code", UNSET))

        def _parse_national_occupation_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_occupation_code = _parse_national_occupation_code(d.pop("national_occupation_code", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        def _parse_wage_min(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        wage_min = _parse_wage_min(d.pop("wage_min", UNSET))

        def _parse_wage_max(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        wage_max = _parse_wage_max(d.pop("wage_max", UNSET))

        public_welfare = d.pop("public_welfare", UNSET)

        job_matching_vacancy_create = cls(
            jurisdiction=jurisdiction,
            employer_tax_code=employer_tax_code,
            employer_name=employer_name,
            title=title,
            province=province,
            district=district,
            contract_type=contract_type,
            openings=openings,
            closing_date=closing_date,
            isco_code=isco_code,
            national_occupation_code=national_occupation_code,
            skills=skills,
            wage_min=wage_min,
            wage_max=wage_max,
            public_welfare=public_welfare,
        )

        return job_matching_vacancy_create
