from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="LabourNoticeRead")


@_attrs_define
class LabourNoticeRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        registration_id (int):
        month (str):
        submitted_on (datetime.date | None): null: the month passed without a notice
        consecutive_missed (int):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    registration_id: int
    month: str
    submitted_on: datetime.date | None
    consecutive_missed: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        registration_id = self.registration_id

        month = self.month

        submitted_on: None | str
        if isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        consecutive_missed = self.consecutive_missed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "registration_id": registration_id,
                "month": month,
                "submitted_on": submitted_on,
                "consecutive_missed": consecutive_missed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        registration_id = d.pop("registration_id")

        month = d.pop("month")

        def _parse_submitted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on"))

        consecutive_missed = d.pop("consecutive_missed")

        labour_notice_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            registration_id=registration_id,
            month=month,
            submitted_on=submitted_on,
            consecutive_missed=consecutive_missed,
        )

        return labour_notice_read
