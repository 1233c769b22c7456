from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.labour_counselling_kind import LabourCounsellingKind

T = TypeVar("T", bound="LabourCounsellingCreate")


@_attrs_define
class LabourCounsellingCreate:
    """Free counselling or vocational guidance given to a person (seed 000 annex).

    Attributes:
        national_id (str):
        centre_code (str):
        kind (LabourCounsellingKind):
        held_on (datetime.date):
        outcome (str):
    """

    national_id: str
    centre_code: str
    kind: LabourCounsellingKind
    held_on: datetime.date
    outcome: str

    def to_dict(self) -> dict[str, Any]:
        national_id = self.national_id

        centre_code = self.centre_code

        kind = self.kind.value

        held_on = self.held_on.isoformat()

        outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_id": national_id,
                "centre_code": centre_code,
                "kind": kind,
                "held_on": held_on,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_id = d.pop("national_id")

        centre_code = d.pop("centre_code")

        kind = LabourCounsellingKind(d.pop("kind"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        outcome = d.pop("outcome")

        labour_counselling_create = cls(
            national_id=national_id,
            centre_code=centre_code,
            kind=kind,
            held_on=held_on,
            outcome=outcome,
        )

        return labour_counselling_create
