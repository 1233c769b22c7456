from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourHardshipRead")


@_attrs_define
class LabourHardshipRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        worker_id (int):
        assessed_on (datetime.date):
        notes (None | str):
        special_hardship (bool | Unset): (absent for agencies that may not see it)
        minimum_living_allowance_eligible (bool | Unset): (absent for agencies that may not see it)
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    worker_id: int
    assessed_on: datetime.date
    notes: None | str
    special_hardship: bool | Unset = UNSET
    minimum_living_allowance_eligible: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        worker_id = self.worker_id

        assessed_on = self.assessed_on.isoformat()

        notes: None | str
        notes = self.notes

        special_hardship = self.special_hardship

        minimum_living_allowance_eligible = self.minimum_living_allowance_eligible

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "worker_id": worker_id,
                "assessed_on": assessed_on,
                "notes": notes,
            }
        )
        if special_hardship is not UNSET:
            field_dict["special_hardship"] = special_hardship
        if minimum_living_allowance_eligible is not UNSET:
            field_dict["minimum_living_allowance_eligible"] = minimum_living_allowance_eligible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        worker_id = d.pop("worker_id")

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        special_hardship = d.pop("special_hardship", UNSET)

        minimum_living_allowance_eligible = d.pop("minimum_living_allowance_eligible", UNSET)

        labour_hardship_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            worker_id=worker_id,
            assessed_on=assessed_on,
            notes=notes,
            special_hardship=special_hardship,
            minimum_living_allowance_eligible=minimum_living_allowance_eligible,
        )

        return labour_hardship_read
