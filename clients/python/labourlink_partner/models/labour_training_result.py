from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_enrolment_result import LabourEnrolmentResult
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourTrainingResult")


@_attrs_define
class LabourTrainingResult:
    """How the training ended; a pass comes with its certificate.

    Attributes:
        result (LabourEnrolmentResult): How a training ended.
        completed_on (datetime.date):
        certificate_number (None | str | Unset):
    """

    result: LabourEnrolmentResult
    completed_on: datetime.date
    certificate_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        result = self.result.value

        completed_on = self.completed_on.isoformat()

        certificate_number: None | str | Unset
        if isinstance(self.certificate_number, Unset):
            certificate_number = UNSET
        else:
            certificate_number = self.certificate_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "result": result,
                "completed_on": completed_on,
            }
        )
        if certificate_number is not UNSET:
            field_dict["certificate_number"] = certificate_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result = LabourEnrolmentResult(d.pop("result"))

        completed_on = datetime.date.fromisoformat(d.pop("completed_on"))

        def _parse_certificate_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_number = _parse_certificate_number(d.pop("certificate_number", UNSET))

        labour_training_result = cls(
            result=result,
            completed_on=completed_on,
            certificate_number=certificate_number,
        )

        return labour_training_result
