from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_contact_channel import LabourContactChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourContactCreate")


@_attrs_define
class LabourContactCreate:
    """A contact with a registered person: how, what was said, what came of it.

    Attributes:
        contacted_at (datetime.datetime):
        channel (LabourContactChannel):
        content (str):
        result (str):
        caseworker_id (int | None | Unset): defaults to the person's responsible caseworker
    """

    contacted_at: datetime.datetime
    channel: LabourContactChannel
    content: str
    result: str
    caseworker_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contacted_at = self.contacted_at.isoformat()

        channel = self.channel.value

        content = self.content

        result = self.result

        caseworker_id: int | None | Unset
        if isinstance(self.caseworker_id, Unset):
            caseworker_id = UNSET
        else:
            caseworker_id = self.caseworker_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contacted_at": contacted_at,
                "channel": channel,
                "content": content,
                "result": result,
            }
        )
        if caseworker_id is not UNSET:
            field_dict["caseworker_id"] = caseworker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contacted_at = datetime.datetime.fromisoformat(d.pop("contacted_at"))

        channel = LabourContactChannel(d.pop("channel"))

        content = d.pop("content")

        result = d.pop("result")

        def _parse_caseworker_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        caseworker_id = _parse_caseworker_id(d.pop("caseworker_id", UNSET))

        labour_contact_create = cls(
            contacted_at=contacted_at,
            channel=channel,
            content=content,
            result=result,
            caseworker_id=caseworker_id,
        )

        return labour_contact_create
