from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.job_matching_vacancy_read import JobMatchingVacancyRead


T = TypeVar("T", bound="JobMatchingJobFairDetail")


@_attrs_define
class JobMatchingJobFairDetail:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        name (str):
        held_on (datetime.date):
        place (str):
        province (str):
        district (str):
        centre_code (str):
        vacancies (list[JobMatchingVacancyRead]):
    """

    id: int
    created_at: datetime.datetime
    name: str
    held_on: datetime.date
    place: str
    province: str
    district: str
    centre_code: str
    vacancies: list[JobMatchingVacancyRead]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        name = self.name

        held_on = self.held_on.isoformat()

        place = self.place

        province = self.province

        district = self.district

        centre_code = self.centre_code

        vacancies = []
        for vacancies_item_data in self.vacancies:
            vacancies_item = vacancies_item_data.to_dict()
            vacancies.append(vacancies_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "name": name,
                "held_on": held_on,
                "place": place,
                "province": province,
                "district": district,
                "centre_code": centre_code,
                "vacancies": vacancies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_matching_vacancy_read import JobMatchingVacancyRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        name = d.pop("name")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        place = d.pop("place")

        province = d.pop("province")

        district = d.pop("district")

        centre_code = d.pop("centre_code")

        vacancies = []
        _vacancies = d.pop("vacancies")
        for vacancies_item_data in _vacancies:
            vacancies_item = JobMatchingVacancyRead.from_dict(vacancies_item_data)

            vacancies.append(vacancies_item)

        job_matching_job_fair_detail = cls(
            id=id,
            created_at=created_at,
            name=name,
            held_on=held_on,
            place=place,
            province=province,
            district=district,
            centre_code=centre_code,
            vacancies=vacancies,
        )

        return job_matching_job_fair_detail
