from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.labour_new_hire import LabourNewHire


T = TypeVar("T", bound="LabourNewHireLine")


@_attrs_define
class LabourNewHireLine:
    """
    Attributes:
        idempotency_key (str): the centre's key for this record: send it again unchanged
        record (LabourNewHire): A partner agency's report that an employer hired a person (the tax agency knows who
            withholds
            income tax for whom).
    """

    idempotency_key: str
    record: LabourNewHire

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
        from ..models.labour_new_hire import LabourNewHire  # noqa: PLC0415

        d = dict(src_dict)
        idempotency_key = d.pop("idempotency_key")

        record = LabourNewHire.from_dict(d.pop("record"))

        labour_new_hire_line = cls(
            idempotency_key=idempotency_key,
            record=record,
        )

        return labour_new_hire_line
