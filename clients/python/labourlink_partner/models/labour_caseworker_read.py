from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="LabourCaseworkerRead")


@_attrs_define
class LabourCaseworkerRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        centre_id (int):
        full_name (str):
        phone (str):
        active (bool):
        left_on (datetime.date | None):
    """

    id: int
    created_at: datetime.datetime
    centre_id: int
    full_name: str
    phone: str
    active: bool
    left_on: datetime.date | None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        centre_id = self.centre_id

        full_name = self.full_name

        phone = self.phone

        active = self.active

        left_on: None | str
        if isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "centre_id": centre_id,
                "full_name": full_name,
                "phone": phone,
                "active": active,
                "left_on": left_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        centre_id = d.pop("centre_id")

        full_name = d.pop("full_name")

        phone = d.pop("phone")

        active = d.pop("active")

        def _parse_left_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)

                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        left_on = _parse_left_on(d.pop("left_on"))

        labour_caseworker_read = cls(
            id=id,
            created_at=created_at,
            centre_id=centre_id,
            full_name=full_name,
            phone=phone,
            active=active,
            left_on=left_on,
        )

        return labour_caseworker_read
