from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.labour_termination_reason import LabourTerminationReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabourTerminationReport")


@_attrs_define
class LabourTerminationReport:
    """An employer's report that a contract ended: the contract by id, or by worker and employer.

    Attributes:
        last_working_day (datetime.date):
        reason (LabourTerminationReason): Why a contract ended: one closed list covering both jurisdictions' rules.
        reported_on (datetime.date):
        contract_id (int | None | Unset):
        national_id (None | str | Unset):
        employer_tax_code (None | str | Unset):
        note (None | str | Unset):
    """

    last_working_day: datetime.date
    reason: LabourTerminationReason
    reported_on: datetime.date
    contract_id: int | None | Unset = UNSET
    national_id: None | str | Unset = UNSET
    employer_tax_code: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        last_working_day = self.last_working_day.isoformat()

        reason = self.reason.value

        reported_on = self.reported_on.isoformat()

        contract_id: int | None | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        employer_tax_code: None | str | Unset
        if isinstance(self.employer_tax_code, Unset):
            employer_tax_code = UNSET
        else:
            employer_tax_code = self.employer_tax_code

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "last_working_day": last_working_day,
                "reason": reason,
                "reported_on": reported_on,
            }
        )
        if contract_id is not UNSET:
            field_dict["contract_id"] = contract_id
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if employer_tax_code is not UNSET:
            field_dict["employer_tax_code"] = employer_tax_code
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_working_day = datetime.date.fromisoformat(d.pop("last_working_day"))

        reason = LabourTerminationReason(d.pop("reason"))

        reported_on = datetime.date.fromisoformat(d.pop("reported_on"))

        def _parse_contract_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contract_id = _parse_contract_id(d.pop("contract_id", UNSET))

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        def _parse_employer_tax_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employer_tax_code = _parse_employer_tax_code(d.pop("employer_tax_code", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        labour_termination_report = cls(
            last_working_day=last_working_day,
            reason=reason,
            reported_on=reported_on,
            contract_id=contract_id,
            national_id=national_id,
            employer_tax_code=employer_tax_code,
            note=note,
        )

        return labour_termination_report
