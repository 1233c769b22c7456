from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LabourCaseworkerCreate")


@_attrs_define
class LabourCaseworkerCreate:
    """
    Attributes:
        full_name (str):
        phone (str): reachable 8:00-22:00
    """

    full_name: str
    phone: str

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "phone": phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        phone = d.pop("phone")

        labour_caseworker_create = cls(
            full_name=full_name,
            phone=phone,
        )

        return labour_caseworker_create
