from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_termination_reason import LabourTerminationReason

T = TypeVar("T", bound="LabourTerminationRead")


@_attrs_define
class LabourTerminationRead:
    """
    Attributes:
        id (int):
        created_at (datetime.datetime):
        national_id (str): the person the record is about
        contract_id (int):
        version (int):
        current (bool):
        last_working_day (datetime.date):
        reason (LabourTerminationReason): Why a contract ended: one closed list covering both jurisdictions' rules.
        reported_on (datetime.date):
        reported_late (bool):
        note (None | str):
    """

    id: int
    created_at: datetime.datetime
    national_id: str
    contract_id: int
    version: int
    current: bool
    last_working_day: datetime.date
    reason: LabourTerminationReason
    reported_on: datetime.date
    reported_late: bool
    note: None | str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        national_id = self.national_id

        contract_id = self.contract_id

        version = self.version

        current = self.current

        last_working_day = self.last_working_day.isoformat()

        reason = self.reason.value

        reported_on = self.reported_on.isoformat()

        reported_late = self.reported_late

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "national_id": national_id,
                "contract_id": contract_id,
                "version": version,
                "current": current,
                "last_working_day": last_working_day,
                "reason": reason,
                "reported_on": reported_on,
                "reported_late": reported_late,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        national_id = d.pop("national_id")

        contract_id = d.pop("contract_id")

        version = d.pop("version")

        current = d.pop("current")

        last_working_day = datetime.date.fromisoformat(d.pop("last_working_day"))

        reason = LabourTerminationReason(d.pop("reason"))

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        reported_late = d.pop("reported_late")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        labour_termination_read = cls(
            id=id,
            created_at=created_at,
            national_id=national_id,
            contract_id=contract_id,
            version=version,
            current=current,
            last_working_day=last_working_day,
            reason=reason,
            reported_on=reported_on,
            reported_late=reported_late,
            note=note,
        )

        return labour_termination_read
