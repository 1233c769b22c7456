from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_enrolment_result import LabourEnrolmentResult

T = TypeVar("T", bound="LabourEnrolmentRead")


@_attrs_define
class LabourEnrolmentRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        course_id (int):
        worker_id (int):
        enrolled_on (datetime.date):
        result (LabourEnrolmentResult | None):
        completed_on (datetime.date | None):
        certificate_number (None | str):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    course_id: int
    worker_id: int
    enrolled_on: datetime.date
    result: LabourEnrolmentResult | None
    completed_on: datetime.date | None
    certificate_number: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        course_id = self.course_id

        worker_id = self.worker_id

        enrolled_on = self.enrolled_on.isoformat()

        result: None | str
        if isinstance(self.result, LabourEnrolmentResult):
            result = self.result.value
        else:
            result = self.result

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        certificate_number: None | str
        certificate_number = self.certificate_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "course_id": course_id,
                "worker_id": worker_id,
                "enrolled_on": enrolled_on,
                "result": result,
                "completed_on": completed_on,
                "certificate_number": certificate_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        course_id = d.pop("course_id")

        worker_id = d.pop("worker_id")

        enrolled_on = datetime.date.fromisoformat(d.pop("enrolled_on"))

        def _parse_result(data: object) -> LabourEnrolmentResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = LabourEnrolmentResult(data)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabourEnrolmentResult | None, data)

        result = _parse_result(d.pop("result"))

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))

        def _parse_certificate_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_number = _parse_certificate_number(d.pop("certificate_number"))

        labour_enrolment_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            course_id=course_id,
            worker_id=worker_id,
            enrolled_on=enrolled_on,
            result=result,
            completed_on=completed_on,
            certificate_number=certificate_number,
        )

        return labour_enrolment_read
