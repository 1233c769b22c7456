from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourHardshipCreate")


@_attrs_define
class LabourHardshipCreate:
    """A household hardship assessment: special hardship gives priority for public-welfare jobs.

    Attributes:
        national_id (str):
        assessed_on (datetime.date):
        special_hardship (bool):
        minimum_living_allowance_eligible (bool):
        notes (None | str | Unset):
    """

    national_id: str
    assessed_on: datetime.date
    special_hardship: bool
    minimum_living_allowance_eligible: bool
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        assessed_on = self.assessed_on.isoformat()

        special_hardship = self.special_hardship

        minimum_living_allowance_eligible = self.minimum_living_allowance_eligible

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "assessed_on": assessed_on,
                "special_hardship": special_hardship,
                "minimum_living_allowance_eligible": minimum_living_allowance_eligible,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        assessed_on = datetime.date.fromisoformat(d.pop("assessed_on"))

        special_hardship = d.pop("special_hardship")

        minimum_living_allowance_eligible = d.pop("minimum_living_allowance_eligible")

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        labour_hardship_create = cls(
            national_id=national_id,
            assessed_on=assessed_on,
            special_hardship=special_hardship,
            minimum_living_allowance_eligible=minimum_living_allowance_eligible,
            notes=notes,
        )

        return labour_hardship_create
