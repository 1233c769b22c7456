from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="JobMatchingJobFairRead")


@_attrs_define
class JobMatchingJobFairRead:
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
    """

    id: int
    created_at: datetime.datetime
    name: str
    held_on: datetime.date
    place: str
    province: str
    district: str
    centre_code: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        name = self.name

        held_on = self.held_on.isoformat()

        place = self.place

        province = self.province

        district = self.district

        centre_code = self.centre_code

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
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        name = d.pop("name")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        place = d.pop("place")

        province = d.pop("province")

        district = d.pop("district")

        centre_code = d.pop("centre_code")

        job_matching_job_fair_read = cls(
            id=id,
            created_at=created_at,
            name=name,
            held_on=held_on,
            place=place,
            province=province,
            district=district,
            centre_code=centre_code,
        )

        return job_matching_job_fair_read
