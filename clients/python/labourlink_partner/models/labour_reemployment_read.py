from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_reemployment_channel import LabourReemploymentChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourReemploymentRead")


@_attrs_define
class LabourReemploymentRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        employer_tax_code (None | str):
        employer_name (str):
        start_date (datetime.date):
        out_of_work_since (datetime.date): the last working day (or registration) that began the time out of work
        channel (LabourReemploymentChannel): How an agency learned that a person out of work has a job again.
        through_referral (bool):
        channels (list[LabourReemploymentChannel] | Unset): every channel that has reported the job
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    employer_tax_code: None | str
    employer_name: str
    start_date: datetime.date
    out_of_work_since: datetime.date
    channel: LabourReemploymentChannel
    through_referral: bool
    channels: list[LabourReemploymentChannel] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        employer_tax_code: None | str
        employer_tax_code = self.employer_tax_code

        employer_name = self.employer_name

        start_date = self.start_date.isoformat()

        out_of_work_since = self.out_of_work_since.isoformat()

        channel = self.channel.value

        through_referral = self.through_referral

        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.value
                channels.append(channels_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "employer_tax_code": employer_tax_code,
                "employer_name": employer_name,
                "start_date": start_date,
                "out_of_work_since": out_of_work_since,
                "channel": channel,
                "through_referral": through_referral,
            }
        )
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        def _parse_employer_tax_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employer_tax_code = _parse_employer_tax_code(d.pop("employer_tax_code"))

        employer_name = d.pop("employer_name")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        out_of_work_since = datetime.date.fromisoformat(d.pop("out_of_work_since"))

        channel = LabourReemploymentChannel(d.pop("channel"))

        through_referral = d.pop("through_referral")

        _channels = d.pop("channels", UNSET)
        channels: list[LabourReemploymentChannel] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = LabourReemploymentChannel(channels_item_data)

                channels.append(channels_item)

        labour_reemployment_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            employer_tax_code=employer_tax_code,
            employer_name=employer_name,
            start_date=start_date,
            out_of_work_since=out_of_work_since,
            channel=channel,
            through_referral=through_referral,
            channels=channels,
        )

        return labour_reemployment_read
