from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.labour_contact_channel import LabourContactChannel

T = TypeVar("T", bound="LabourContactRead")


@_attrs_define
class LabourContactRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        registration_id (int):
        caseworker_id (int):
        contacted_at (datetime.datetime):
        channel (LabourContactChannel):
        content (str):
        result (str):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    registration_id: int
    caseworker_id: int
    contacted_at: datetime.datetime
    channel: LabourContactChannel
    content: str
    result: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        registration_id = self.registration_id

        caseworker_id = self.caseworker_id

        contacted_at = self.contacted_at.isoformat()

        channel = self.channel.value

        content = self.content

        result = self.result

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "registration_id": registration_id,
                "caseworker_id": caseworker_id,
                "contacted_at": contacted_at,
                "channel": channel,
                "content": content,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        registration_id = d.pop("registration_id")

        caseworker_id = d.pop("caseworker_id")

        contacted_at = datetime.datetime.fromisoformat(d.pop("contacted_at"))

        channel = LabourContactChannel(d.pop("channel"))

        content = d.pop("content")

        result = d.pop("result")

        labour_contact_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            registration_id=registration_id,
            caseworker_id=caseworker_id,
            contacted_at=contacted_at,
            channel=channel,
            content=content,
            result=result,
        )

        return labour_contact_read
