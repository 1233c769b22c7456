from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.job_matching_contract_type import JobMatchingContractType
from ..models.job_matching_jurisdiction import JobMatchingJurisdiction
from ..models.job_matching_vacancy_close_reason import JobMatchingVacancyCloseReason
from ..models.job_matching_vacancy_status import JobMatchingVacancyStatus

T = TypeVar("T", bound="JobMatchingVacancyRead")


@_attrs_define
class JobMatchingVacancyRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        jurisdiction (JobMatchingJurisdiction):
        employer_tax_code (str):
        employer_name (str):
        title (str):
        isco_code (str):
        national_occupation_code (None | str):
        skills (list[str]):
        province (str):
        district (str):
        wage_min (None | str):
        wage_max (None | str):
        contract_type (JobMatchingContractType):
        openings (int):
        filled (int):
        closing_date (datetime.date):
        public_welfare (bool):
        status (JobMatchingVacancyStatus):
        closed_on (datetime.date | None):
        close_reason (JobMatchingVacancyCloseReason | None):
    """

    id: int
    created_at: datetime.datetime
    jurisdiction: JobMatchingJurisdiction
    employer_tax_code: str
    employer_name: str
    title: str
    isco_code: str
    national_occupation_code: None | str
    skills: list[str]
    province: str
    district: str
    wage_min: None | str
    wage_max: None | str
    contract_type: JobMatchingContractType
    openings: int
    filled: int
    closing_date: datetime.date
    public_welfare: bool
    status: JobMatchingVacancyStatus
    closed_on: datetime.date | None
    close_reason: JobMatchingVacancyCloseReason | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        jurisdiction = self.jurisdiction.value

        employer_tax_code = self.employer_tax_code

        employer_name = self.employer_name

        title = self.title

        isco_code = self.isco_code

        national_occupation_code: None | str
        national_occupation_code = self.national_occupation_code

        skills = self.skills

        province = self.province

        district = self.district

        wage_min: None | str
        wage_min = self.wage_min

        wage_max: None | str
        wage_max = self.wage_max

        contract_type = self.contract_type.value

        openings = self.openings

        filled = self.filled

        closing_date = self.closing_date.isoformat()

        public_welfare = self.public_welfare

        status = self.status.value

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        close_reason: None | str
        if isinstance(self.close_reason, JobMatchingVacancyCloseReason):
            close_reason = self.close_reason.value
        else:
            close_reason = self.close_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "jurisdiction": jurisdiction,
                "employer_tax_code": employer_tax_code,
                "employer_name": employer_name,
                "title": title,
                "isco_code": isco_code,
                "national_occupation_code": national_occupation_code,
                "skills": skills,
                "province": province,
                "district": district,
                "wage_min": wage_min,
                "wage_max": wage_max,
                "contract_type": contract_type,
                "openings": openings,
                "filled": filled,
                "closing_date": closing_date,
                "public_welfare": public_welfare,
                "status": status,
                "closed_on": closed_on,
                "close_reason": close_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        jurisdiction = JobMatchingJurisdiction(d.pop("jurisdiction"))

        employer_tax_code = d.pop("employer_tax_code")

        employer_name = d.pop("employer_name")

        title = d.pop("title")

        isco_code = d.pop("isco_code")

        def _parse_national_occupation_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        national_occupation_code = _parse_national_occupation_code(d.pop("national_occupation_code"))

        skills = cast(list[str], d.pop("skills"))

        province = d.pop("province")

        district = d.pop("district")

        def _parse_wage_min(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        wage_min = _parse_wage_min(d.pop("wage_min"))

        def _parse_wage_max(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        wage_max = _parse_wage_max(d.pop("wage_max"))

        contract_type = JobMatchingContractType(d.pop("contract_type"))

        openings = d.pop("openings")

        filled = d.pop("filled")

        closing_date = datetime.date.fromisoformat(d.pop("closing_date"))

        public_welfare = d.pop("public_welfare")

        status = JobMatchingVacancyStatus(d.pop("status"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_close_reason(data: object) -> JobMatchingVacancyCloseReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_reason_type_0 = JobMatchingVacancyCloseReason(data)

                return close_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobMatchingVacancyCloseReason | None, data)

        close_reason = _parse_close_reason(d.pop("close_reason"))

        job_matching_vacancy_read = cls(
            id=id,
            created_at=created_at,
            jurisdiction=jurisdiction,
            employer_tax_code=employer_tax_code,
            employer_name=employer_name,
            title=title,
            isco_code=isco_code,
            national_occupation_code=national_occupation_code,
            skills=skills,
            province=province,
            district=district,
            wage_min=wage_min,
            wage_max=wage_max,
            contract_type=contract_type,
            openings=openings,
            filled=filled,
            closing_date=closing_date,
            public_welfare=public_welfare,
            status=status,
            closed_on=closed_on,
            close_reason=close_reason,
        )

        return job_matching_vacancy_read
