from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LabourEnrolmentCreate")


@_attrs_define
class LabourEnrolmentCreate:
    """
    Attributes:
        national_id (str):
        course_code (str):
        enrolled_on (datetime.date):
    """

    national_id: str
    course_code: str
    enrolled_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        course_code = self.course_code

        enrolled_on = self.enrolled_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "course_code": course_code,
                "enrolled_on": enrolled_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        course_code = d.pop("course_code")

        enrolled_on = datetime.date.fromisoformat(d.pop("enrolled_on"))

        labour_enrolment_create = cls(
            national_id=national_id,
            course_code=course_code,
            enrolled_on=enrolled_on,
        )

        return labour_enrolment_create
