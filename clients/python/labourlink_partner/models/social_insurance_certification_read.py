from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SocialInsuranceCertificationRead")


@_attrs_define
class SocialInsuranceCertificationRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        year (int):
        certified_on (datetime.date):
        certified_by (str):
        retiree_id (int):
        note (None | str | Unset):
    """

    id: int
    created_at: datetime.datetime
    year: int
    certified_on: datetime.date
    certified_by: str
    retiree_id: int
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        year = self.year

        certified_on = self.certified_on.isoformat()

        certified_by = self.certified_by

        retiree_id = self.retiree_id

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "year": year,
                "certified_on": certified_on,
                "certified_by": certified_by,
                "retiree_id": retiree_id,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        year = d.pop("year")

        certified_on = datetime.date.fromisoformat(d.pop("certified_on"))

        certified_by = d.pop("certified_by")

        retiree_id = d.pop("retiree_id")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        social_insurance_certification_read = cls(
            id=id,
            created_at=created_at,
            year=year,
            certified_on=certified_on,
            certified_by=certified_by,
            retiree_id=retiree_id,
            note=note,
        )

        return social_insurance_certification_read
