from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_read_record import ChangeReadRecord


T = TypeVar("T", bound="ChangeRead")


@_attrs_define
class ChangeRead:
    """A record's new state on the labour change feed, as a partner receives it: its links on the
    gateway's paths and the fields its agency may not see cut.

        Attributes:
            seq (int): the change's place in the feed: pass the last as `after`
            kind (str): the record's kind: caseworker, centre, contact, contract, counselling, course, employer, enrolment,
                hardship, job_search_notice, registration, termination, worker
            record_id (int):
            centre_code (None | str):
            changed_at (datetime.datetime):
            record (ChangeReadRecord): the record as its own read returns it
    """

    seq: int
    kind: str
    record_id: int
    centre_code: None | str
    changed_at: datetime.datetime
    record: ChangeReadRecord
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        kind = self.kind

        record_id = self.record_id

        centre_code: None | str
        centre_code = self.centre_code

        changed_at = self.changed_at.isoformat()

        record = self.record.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seq": seq,
                "kind": kind,
                "record_id": record_id,
                "centre_code": centre_code,
                "changed_at": changed_at,
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_read_record import ChangeReadRecord  # noqa: PLC0415

        d = dict(src_dict)
        seq = d.pop("seq")

        kind = d.pop("kind")

        record_id = d.pop("record_id")

        def _parse_centre_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        centre_code = _parse_centre_code(d.pop("centre_code"))

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        record = ChangeReadRecord.from_dict(d.pop("record"))

        change_read = cls(
            seq=seq,
            kind=kind,
            record_id=record_id,
            centre_code=centre_code,
            changed_at=changed_at,
            record=record,
        )

        change_read.additional_properties = d
        return change_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
