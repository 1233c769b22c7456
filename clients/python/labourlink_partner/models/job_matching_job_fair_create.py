from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMatchingJobFairCreate")


@_attrs_define
class JobMatchingJobFairCreate:
    """A dedicated recruitment event for an area with many unemployed, and the vacancies it presents.

    Attributes:
        name (str):
        held_on (datetime.date):
        place (str):
        province (str):
        district (str):
        centre_code (str):
        vacancy_ids (list[int] | Unset):
    """

    name: str
    held_on: datetime.date
    place: str
    province: str
    district: str
    centre_code: str
    vacancy_ids: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        held_on = self.held_on.isoformat()

        place = self.place

        province = self.province

        district = self.district

        centre_code = self.centre_code

        vacancy_ids: list[int] | Unset = UNSET
        if not isinstance(self.vacancy_ids, Unset):
            vacancy_ids = self.vacancy_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "held_on": held_on,
                "place": place,
                "province": province,
                "district": district,
                "centre_code": centre_code,
            }
        )
        if vacancy_ids is not UNSET:
            field_dict["vacancy_ids"] = vacancy_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        place = d.pop("place")

        province = d.pop("province")

        district = d.pop("district")

        centre_code = d.pop("centre_code")

        vacancy_ids = cast(list[int], d.pop("vacancy_ids", UNSET))

        job_matching_job_fair_create = cls(
            name=name,
            held_on=held_on,
            place=place,
            province=province,
            district=district,
            centre_code=centre_code,
            vacancy_ids=vacancy_ids,
        )

        return job_matching_job_fair_create
