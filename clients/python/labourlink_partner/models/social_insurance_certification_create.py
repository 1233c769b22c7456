from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialInsuranceCertificationCreate")


@_attrs_define
class SocialInsuranceCertificationCreate:
    """
    Attributes:
        year (int):
        certified_on (datetime.date):
        certified_by (str):
        note (None | str | Unset):
    """

    year: int
    certified_on: datetime.date
    certified_by: str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        certified_on = self.certified_on.isoformat()

        certified_by = self.certified_by

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "certified_on": certified_on,
                "certified_by": certified_by,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        certified_on = datetime.date.fromisoformat(d.pop("certified_on"))

        certified_by = d.pop("certified_by")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        social_insurance_certification_create = cls(
            year=year,
            certified_on=certified_on,
            certified_by=certified_by,
            note=note,
        )

        return social_insurance_certification_create
