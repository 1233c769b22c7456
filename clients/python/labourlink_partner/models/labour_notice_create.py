from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourNoticeCreate")


@_attrs_define
class LabourNoticeCreate:
    """A monthly job-search notice (Vietnam): the registration by id, or the person by national ID.

    Attributes:
        month (str):
        submitted_on (datetime.date):
        registration_id (int | None | Unset):
        national_id (None | str | Unset):
    """

    month: str
    submitted_on: datetime.date
    registration_id: int | None | Unset = UNSET
    national_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        submitted_on = self.submitted_on.isoformat()

        registration_id: int | None | Unset
        if isinstance(self.registration_id, Unset):
            registration_id = UNSET
        else:
            registration_id = self.registration_id

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "month": month,
                "submitted_on": submitted_on,
            }
        )
        if registration_id is not UNSET:
            field_dict["registration_id"] = registration_id
        if national_id is not UNSET:
            field_dict["national_id"] = national_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        submitted_on = datetime.date.fromisoformat(d.pop("submitted_on"))

        def _parse_registration_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        registration_id = _parse_registration_id(d.pop("registration_id", UNSET))

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        labour_notice_create = cls(
            month=month,
            submitted_on=submitted_on,
            registration_id=registration_id,
            national_id=national_id,
        )

        return labour_notice_create
