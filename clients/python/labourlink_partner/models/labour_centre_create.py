from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.labour_jurisdiction import LabourJurisdiction

T = TypeVar("T", bound="LabourCentreCreate")


@_attrs_define
class LabourCentreCreate:
    """An employment service centre, or a street/community labour station.

    Attributes:
        code (str):
        name (str):
        jurisdiction (LabourJurisdiction):
        province (str):
        district (str):
    """

    code: str
    name: str
    jurisdiction: LabourJurisdiction
    province: str
    district: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        jurisdiction = self.jurisdiction.value

        province = self.province

        district = self.district

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "jurisdiction": jurisdiction,
                "province": province,
                "district": district,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        jurisdiction = LabourJurisdiction(d.pop("jurisdiction"))

        province = d.pop("province")

        district = d.pop("district")

        labour_centre_create = cls(
            code=code,
            name=name,
            jurisdiction=jurisdiction,
            province=province,
            district=district,
        )

        return labour_centre_create
