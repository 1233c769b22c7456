from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.labour_counselling_kind import LabourCounsellingKind

T = TypeVar("T", bound="LabourCounsellingRead")


@_attrs_define
class LabourCounsellingRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        worker_id (int):
        centre_id (int):
        kind (LabourCounsellingKind):
        held_on (datetime.date):
        outcome (str):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    worker_id: int
    centre_id: int
    kind: LabourCounsellingKind
    held_on: datetime.date
    outcome: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        worker_id = self.worker_id

        centre_id = self.centre_id

        kind = self.kind.value

        held_on = self.held_on.isoformat()

        outcome = self.outcome

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "worker_id": worker_id,
                "centre_id": centre_id,
                "kind": kind,
                "held_on": held_on,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        worker_id = d.pop("worker_id")

        centre_id = d.pop("centre_id")

        kind = LabourCounsellingKind(d.pop("kind"))

        held_on = datetime.date.fromisoformat(d.pop("held_on"))

        outcome = d.pop("outcome")

        labour_counselling_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            worker_id=worker_id,
            centre_id=centre_id,
            kind=kind,
            held_on=held_on,
            outcome=outcome,
        )

        return labour_counselling_read
