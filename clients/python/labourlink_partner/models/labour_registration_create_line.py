from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.labour_registration_create import LabourRegistrationCreate


T = TypeVar("T", bound="LabourRegistrationCreateLine")


@_attrs_define
class LabourRegistrationCreateLine:
    """
    Attributes:
        idempotency_key (str): the centre's key for this record: send it again unchanged
        record (LabourRegistrationCreate): Registration as unemployed at a centre (失业登记).
    """

    idempotency_key: str
    record: LabourRegistrationCreate

    def to_dict(self) -> dict[str, Any]:
        idempotency_key = self.idempotency_key

        record = self.record.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "idempotency_key": idempotency_key,
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labour_registration_create import LabourRegistrationCreate  # noqa: PLC0415

        d = dict(src_dict)
        idempotency_key = d.pop("idempotency_key")

        record = LabourRegistrationCreate.from_dict(d.pop("record"))

        labour_registration_create_line = cls(
            idempotency_key=idempotency_key,
            record=record,
        )

        return labour_registration_create_line
