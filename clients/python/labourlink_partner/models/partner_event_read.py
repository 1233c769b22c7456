from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.partner_event_read_data import PartnerEventReadData


T = TypeVar("T", bound="PartnerEventRead")


@_attrs_define
class PartnerEventRead:
    """
    Attributes:
        seq (int):
        id (str):
        type_ (str):
        subject (str):
        time (datetime.datetime):
        data (PartnerEventReadData):
    """

    seq: int
    id: str
    type_: str
    subject: str
    time: datetime.datetime
    data: PartnerEventReadData

    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        id = self.id

        type_ = self.type_

        subject = self.subject

        time = self.time.isoformat()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "seq": seq,
                "id": id,
                "type": type_,
                "subject": subject,
                "time": time,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partner_event_read_data import PartnerEventReadData  # noqa: PLC0415

        d = dict(src_dict)
        seq = d.pop("seq")

        id = d.pop("id")

        type_ = d.pop("type")

        subject = d.pop("subject")

        time = datetime.datetime.fromisoformat(d.pop("time"))

        data = PartnerEventReadData.from_dict(d.pop("data"))

        partner_event_read = cls(
            seq=seq,
            id=id,
            type_=type_,
            subject=subject,
            time=time,
            data=data,
        )

        return partner_event_read
