from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_reemployment_channel import LabourReemploymentChannel

T = TypeVar("T", bound="LabourReemploymentReportRead")


@_attrs_define
class LabourReemploymentReportRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        reemployment_id (int | None): the job it reported, or null when the person was not out of work
        channel (LabourReemploymentChannel): How an agency learned that a person out of work has a job again.
        agency (str):
        record (str): the reporting agency's record of it
        employer_tax_code (None | str):
        employer_name (str):
        start_date (datetime.date):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    reemployment_id: int | None
    channel: LabourReemploymentChannel
    agency: str
    record: str
    employer_tax_code: None | str
    employer_name: str
    start_date: datetime.date

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        reemployment_id: int | None
        reemployment_id = self.reemployment_id

        channel = self.channel.value

        agency = self.agency

        record = self.record

        employer_tax_code: None | str
        employer_tax_code = self.employer_tax_code

        employer_name = self.employer_name

        start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "reemployment_id": reemployment_id,
                "channel": channel,
                "agency": agency,
                "record": record,
                "employer_tax_code": employer_tax_code,
                "employer_name": employer_name,
                "start_date": start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        def _parse_reemployment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        reemployment_id = _parse_reemployment_id(d.pop("reemployment_id"))

        channel = LabourReemploymentChannel(d.pop("channel"))

        agency = d.pop("agency")

        record = d.pop("record")

        def _parse_employer_tax_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employer_tax_code = _parse_employer_tax_code(d.pop("employer_tax_code"))

        employer_name = d.pop("employer_name")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        labour_reemployment_report_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            reemployment_id=reemployment_id,
            channel=channel,
            agency=agency,
            record=record,
            employer_tax_code=employer_tax_code,
            employer_name=employer_name,
            start_date=start_date,
        )

        return labour_reemployment_report_read
