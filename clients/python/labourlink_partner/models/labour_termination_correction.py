from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_termination_reason import LabourTerminationReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourTerminationCorrection")


@_attrs_define
class LabourTerminationCorrection:
    """What changes in a reported termination; what is left out stays as it was.

    Attributes:
        last_working_day (datetime.date | None | Unset):
        reason (LabourTerminationReason | None | Unset):
        reported_on (datetime.date | None | Unset):
        note (None | str | Unset):
    """

    last_working_day: datetime.date | None | Unset = UNSET
    reason: LabourTerminationReason | None | Unset = UNSET
    reported_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        last_working_day: None | str | Unset
        if isinstance(self.last_working_day, Unset):
            last_working_day = UNSET
        elif isinstance(self.last_working_day, datetime.date):
            last_working_day = self.last_working_day.isoformat()
        else:
            last_working_day = self.last_working_day

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, LabourTerminationReason):
            reason = self.reason.value
        else:
            reason = self.reason

        reported_on: None | str | Unset
        if isinstance(self.reported_on, Unset):
            reported_on = UNSET
        elif isinstance(self.reported_on, datetime.date):
            reported_on = self.reported_on.isoformat()
        else:
            reported_on = self.reported_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if last_working_day is not UNSET:
            field_dict["last_working_day"] = last_working_day
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reported_on is not UNSET:
            field_dict["reported_on"] = reported_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_last_working_day(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_working_day_type_0 = datetime.date.fromisoformat(data)

                return last_working_day_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_working_day = _parse_last_working_day(d.pop("last_working_day", UNSET))

        def _parse_reason(data: object) -> LabourTerminationReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = LabourTerminationReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabourTerminationReason | None | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_reported_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reported_on_type_0 = datetime.date.fromisoformat(data)

                return reported_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reported_on = _parse_reported_on(d.pop("reported_on", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        labour_termination_correction = cls(
            last_working_day=last_working_day,
            reason=reason,
            reported_on=reported_on,
            note=note,
        )

        return labour_termination_correction
