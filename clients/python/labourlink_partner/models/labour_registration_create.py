from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.labour_wishes import LabourWishes


T = TypeVar("T", bound="LabourRegistrationCreate")


@_attrs_define
class LabourRegistrationCreate:
    """Registration as unemployed at a centre (失业登记).

    Attributes:
        national_id (str):
        centre_code (str):
        registered_on (datetime.date):
        wishes (LabourWishes | Unset): What work the person looks for.
    """

    national_id: str
    centre_code: str
    registered_on: datetime.date
    wishes: LabourWishes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        centre_code = self.centre_code

        registered_on = self.registered_on.isoformat()

        wishes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wishes, Unset):
            wishes = self.wishes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "centre_code": centre_code,
                "registered_on": registered_on,
            }
        )
        if wishes is not UNSET:
            field_dict["wishes"] = wishes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labour_wishes import LabourWishes  # noqa: PLC0415

        d = dict(src_dict)
        national_id = d.pop("national_id")

        centre_code = d.pop("centre_code")

        registered_on = datetime.date.fromisoformat(d.pop("registered_on"))

        _wishes = d.pop("wishes", UNSET)
        wishes: LabourWishes | Unset
        if isinstance(_wishes, Unset):
            wishes = UNSET
        else:
            wishes = LabourWishes.from_dict(_wishes)

        labour_registration_create = cls(
            national_id=national_id,
            centre_code=centre_code,
            registered_on=registered_on,
            wishes=wishes,
        )

        return labour_registration_create
